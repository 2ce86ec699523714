using Amsp.Domain.Persistence;
using Amsp.Host.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Persistence;

public sealed class SqliteDatabaseTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task First_start_creates_the_database_file_with_every_migration_applied()
    {
        using var client = host.CreateClient(); // starts the host
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "amsp.db")));

        await using var scope = host.Services.CreateAsyncScope();
        var target = scope.ServiceProvider.GetRequiredService<DatabaseTarget>();
        foreach (var context in DatabaseContexts.All)
        {
            await using var db = context.Create(target);
            Assert.NotEmpty(db.Database.GetMigrations());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        // Roles live in memberships; every installation has the platform organization they start from.
        var platform = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Organizations
            .SingleAsync(o => o.Id == Amsp.Host.Auth.IdentitySeeder.PlatformOrganizationId);
        Assert.Equal(Amsp.Domain.Organizations.OrganizationKind.Platform, platform.Kind);
    }

    [Fact]
    public async Task The_database_file_is_in_wal_mode()
    {
        using var client = host.CreateClient();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "amsp.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Connections_of_the_platform_commit_without_waiting_for_an_fsync()
    {
        using var client = host.CreateClient();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!); // NORMAL
    }
}
