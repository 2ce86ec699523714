using Amsp.Host.Cli;
using Amsp.Host.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Persistence;

public sealed class MigrationScriptTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_provider_has_migrations_matching_the_model(DatabaseProvider provider)
    {
        foreach (var context in DatabaseContexts.All)
        {
            using var db = context.Create(DatabaseTarget.Offline(provider));
            Assert.NotEmpty(db.Database.GetMigrations());
            Assert.False(db.Database.HasPendingModelChanges(),
                $"The {context.Name} model changed without a {provider} migration: run database/add-migration.sh {context.Name} NAME");
        }
    }

    [Fact]
    public void The_sql_server_script_parses_without_errors_and_guards_every_migration()
    {
        var script = DbCommand.Script(DatabaseProvider.SqlServer);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var migrations = DatabaseContexts.All.Sum(c =>
        {
            using var db = c.Create(DatabaseTarget.Offline(DatabaseProvider.SqlServer));
            return db.Database.GetMigrations().Count();
        });
        // Idempotent: each migration's statements run only when its history row is missing.
        Assert.True(CountOf(script, "IF NOT EXISTS") >= migrations);
    }

    [Fact]
    public void The_sqlite_script_builds_a_working_database()
    {
        var script = DbCommand.Script(DatabaseProvider.Sqlite);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = script;
        command.ExecuteNonQuery();

        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'AspNetUsers';";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_reviewed_scripts_under_database_scripts_are_up_to_date(DatabaseProvider provider)
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root(), "database", "scripts", $"{provider}.sql"));
        Assert.True(committed == DbCommand.Script(provider),
            $"database/scripts/{provider}.sql is out of date: run database/script.sh and review the difference.");
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
