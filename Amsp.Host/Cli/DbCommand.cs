using System.CommandLine;
using Amsp.Host.Persistence;
using Amsp.Host.Workflows;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amsp.Host.Cli;

internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending migrations to the configured database (Amsp:Database).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        migrate.SetAction((parseResult, ct) => CliErrors.GuardAsync(parseResult, () => MigrateAsync(parseResult.UnmatchedTokens, ct)));

        var provider = new Option<DatabaseProvider>("--provider")
        {
            Description = "Sqlite, PostgreSql or SqlServer.",
            Required = true,
        };
        var script = new Command("script", "Print the idempotent SQL script that brings a database of that provider to the latest migration.")
        {
            provider,
        };
        script.SetAction(parseResult => CliErrors.Guard(parseResult, () =>
        {
            parseResult.InvocationConfiguration.Output.Write(Script(parseResult.GetValue(provider)));
            return 0;
        }));

        return new Command("db", "Database maintenance.") { migrate, script };
    }

    /// <summary>The idempotent script of every context for <paramref name="provider"/>, in migration order.</summary>
    public static string Script(DatabaseProvider provider)
    {
        var target = DatabaseTarget.Offline(provider);
        var options = provider == DatabaseProvider.Sqlite
            ? MigrationsSqlGenerationOptions.Default // SQLite has no control flow for IF NOT EXISTS blocks.
            : MigrationsSqlGenerationOptions.Idempotent;
        var parts = DatabaseContexts.All.Select(context =>
        {
            using var db = context.Create(target);
            var sql = db.GetService<IMigrator>().GenerateScript(options: options);
            return $"-- AMSP {context.Name} tables ({provider})\n{sql}";
        });
        return string.Join("\n", parts);
    }

    private static async Task<int> MigrateAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        using var host = await OpenDatabaseAsync([.. args], cancellationToken);
        return 0;
    }

    /// <summary>
    /// The database configured by <paramref name="settings"/> (and the environment), migrated, with the engine's
    /// stores on it; no server is started.
    /// </summary>
    public static async Task<IHost> OpenDatabaseAsync(string[] settings, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(settings);
        builder.Logging.ClearProviders();
        var database = builder.Services.AddAmspDatabase(builder.Configuration);
        builder.Services.AddAmspWorkflows(database);
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        return host;
    }
}
