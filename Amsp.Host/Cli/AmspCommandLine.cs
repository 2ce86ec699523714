using System.CommandLine;
using System.CommandLine.Invocation;
using Amsp.Host.Cli.Mesh;

namespace Amsp.Host.Cli;

/// <summary>The verbs of <c>amsp</c>. With no verb, <c>amsp</c> serves.</summary>
public static class AmspCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("AMSP, the additive manufacturing service platform.")
        {
            ServeCommand.Create(),
            DbCommand.Create(),
            WorkflowsCommand.Create(),
            MeshCommand.Create(),
            PrinterSimCommand.Create(),
        };
        // Host settings such as --urls or --environment=Production pass through to the web host.
        root.TreatUnmatchedTokensAsErrors = false;
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        root.SetAction((parseResult, ct) =>
        {
            if (parseResult.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } unknown
                && parseResult.UnmatchedTokens[0] == unknown)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"amsp: unknown verb '{unknown}'. Verbs: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
                return Task.FromResult(2);
            }
            return CliErrors.GuardAsync(parseResult, () => ServeCommand.RunAsync(parseResult.UnmatchedTokens, ct));
        });
        return root;
    }

    public static Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var parseResult = Create().Parse(args);
        if (parseResult.Action is ParseErrorAction onError)
        {
            // A mistyped command line gets its error on stderr, not a page of help on stdout (--help still shows it).
            onError.ShowHelp = false;
            onError.ShowTypoCorrections = false;
        }
        return parseResult.InvokeAsync(configuration);
    }
}
