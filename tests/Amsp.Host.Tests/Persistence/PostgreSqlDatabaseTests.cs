using Amsp.Host.Cli;
using Amsp.Host.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Amsp.Host.Tests.Persistence;

[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlDatabaseTests
{
    [SkippableFact]
    public async Task Db_migrate_applies_every_migration_to_a_real_server_and_is_idempotent()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        string[] args = ["db", "migrate", "--Amsp:Database:Provider=PostgreSql", $"--Amsp:Database:ConnectionString={database.ConnectionString}"];

        Assert.Equal(0, await AmspCommandLine.InvokeAsync(args));
        Assert.Equal(0, await AmspCommandLine.InvokeAsync(args));

        var target = new DatabaseTarget(DatabaseProvider.PostgreSql, database.ConnectionString);
        foreach (var context in DatabaseContexts.All)
        {
            await using var db = context.Create(target);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
    }

    [SkippableFact]
    public async Task The_reviewed_idempotent_script_can_run_twice_on_a_real_server()
    {
        await using var database = await PostgreSqlServer.CreateDatabaseAsync();
        var script = DbCommand.Script(DatabaseProvider.PostgreSql);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        for (var run = 0; run < 2; run++)
        {
            await using var command = new NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"AspNetRoles\"", connection);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }
}
