using System.CommandLine;
using Amsp.Host.Hosting;

namespace Amsp.Host.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var serve = new Command("serve", "Run the HTTP API and web UI (the default verb). Takes ASP.NET Core host settings, e.g. --urls http://127.0.0.1:5080.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((parseResult, ct) => CliErrors.GuardAsync(parseResult, () => RunAsync(parseResult.UnmatchedTokens, ct)));
        return serve;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> hostArgs, CancellationToken cancellationToken)
    {
        await using var app = AmspWebApp.Build([.. hostArgs]);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
