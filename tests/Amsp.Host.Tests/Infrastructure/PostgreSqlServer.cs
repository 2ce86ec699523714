using Npgsql;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server named by <c>AMSP_TEST_POSTGRES</c> (an admin connection string; .ci/run starts one on
/// loopback). Without it the PostgreSQL tests are skipped locally, and fail on CI.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "AMSP_TEST_POSTGRES";

    public static string AdminConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"{Variable} is not set: CI must provide a PostgreSQL server.");
            Skip.If(true, $"{Variable} is not set: start PostgreSQL and set it to run these tests (README, 'Tests').");
        }
        return value!;
    }

    /// <summary>A new, empty database on the server, dropped when disposed.</summary>
    public static async Task<TemporaryDatabase> CreateDatabaseAsync()
    {
        var admin = AdminConnectionString();
        var name = $"amsp_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        return new TemporaryDatabase(admin, name, connectionString);
    }

    public sealed record TemporaryDatabase(string Admin, string Name, string ConnectionString) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 50)
                {
                    // FORCE may not end an autovacuum worker (a superuser's process) that has just started on the
                    // new tables; it finishes within moments. Clean-up only: no test result depends on this wait.
                    await Task.Delay(100);
                }
            }
        }
    }
}
