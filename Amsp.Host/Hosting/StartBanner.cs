using System.Text;
using Amsp.Host.Auth;
using Amsp.Host.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Amsp.Host.Hosting;

/// <summary>
/// Once the server listens, tells a person where to go: the addresses, the data folder and, in Development, the demo
/// accounts. Written to the console once per start, never through a logger, so it stays out of structured logs. Shown
/// in Development unless the console carries JSON lines; <c>Amsp:Banner</c> (true/false) decides otherwise.
/// </summary>
internal sealed class StartBanner(
    IServer server, IHostApplicationLifetime lifetime, IHostEnvironment environment, AmspPaths paths, DatabaseTarget database)
    : IHostedService
{
    public const string Key = "Amsp:Banner";

    public static void AddTo(WebApplicationBuilder builder)
    {
        var wanted = builder.Configuration.GetValue<bool?>(Key)
            ?? (builder.Environment.IsDevelopment() && ConsoleLogging.IsForPeople(builder.Configuration, builder.Environment));
        if (wanted)
        {
            builder.Services.AddHostedService<StartBanner>();
            // The banner says what the lifetime's lines say (addresses, environment, Ctrl+C), and says it last.
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            // An in-process test server has no addresses to show.
            if (server.Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } addresses)
            {
                Console.Out.Write(Render(addresses));
                Console.Out.Flush();
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string Render(ICollection<string> addresses)
    {
        var bold = Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 }
            ? (Func<string, string>)(s => s) : s => $"\u001b[1m{s}\u001b[22m";
        var root = Browsable(addresses.First());
        var text = new StringBuilder().AppendLine()
            .AppendLine(bold($"{ProductVersion.Describe()} is ready ({environment.EnvironmentName})")).AppendLine();
        foreach (var link in StartLinks.All)
        {
            text.AppendLine($"  {link.Title,-18} {bold(root + link.Path)}");
        }
        text.AppendLine($"  {"Data folder",-18} {paths.DataDirectory}")
            .AppendLine($"  {"Database",-18} {(database.Provider == DatabaseProvider.Sqlite ? SqliteFile() : database.Provider.ToString())}");
        if (environment.IsDevelopment())
        {
            text.AppendLine().AppendLine("  Demo accounts (Development only):").AppendLine();
            var width = DemoUsers.Everyone.Max(u => u.Email.Length);
            text.AppendLine($"    {"role",-17} {"e-mail".PadRight(width)}  password");
            foreach (var user in DemoUsers.Everyone)
            {
                text.AppendLine($"    {user.Role,-17} {user.Email.PadRight(width)}  {user.Password}");
            }
        }
        return text.AppendLine().AppendLine("  Ctrl+C stops the server.").AppendLine().ToString();
    }

    private string SqliteFile() =>
        $"SQLite, {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource}";

    // A wildcard address (all interfaces) is reached on this machine as localhost.
    private static string Browsable(string address)
    {
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal));
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
