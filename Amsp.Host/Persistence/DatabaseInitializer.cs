using Amsp.Host.Hosting;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Persistence;

/// <summary>
/// Migrates and seeds the database before anything else starts (before the server listens), so the
/// first request already finds its tables. The data-protection key ring lives in the database too: it is first
/// read by ASP.NET's key-ring loader, a plain hosted service, whose StartAsync runs after every StartingAsync, and
/// <see cref="KeyRingSeeder"/> puts a key in it first.
/// </summary>
/// <remarks>
/// On PostgreSQL, where several nodes share the database, the whole initialization holds an advisory lock: nodes
/// started at the same moment on an empty database migrate, seed and create the first key one after the other, so
/// the second finds everything done instead of racing the first (duplicate demo users, a key per node).
/// </remarks>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, DatabaseTarget target,
    IHostEnvironment environment) : StartupTask
{
    /// <summary>The advisory lock nodes take while they initialize the database.</summary>
    public const string LockName = "amsp-initialize";

    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var exclusive = target.Provider == DatabaseProvider.PostgreSql
            ? await new PostgresDistributedLock(new PostgresAdvisoryLockKey(LockName, allowHashing: true), target.ConnectionString)
                .AcquireAsync(cancellationToken: cancellationToken)
            : null;
        await using var scope = scopes.CreateAsyncScope();
        if (options.Value.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(cancellationToken);
        if (environment.IsDevelopment() && scope.ServiceProvider.GetService<DemoDataSeeder>() is { } demo)
        {
            await demo.SeedAsync(cancellationToken);
        }
        // Registered with data protection (the server); a host without it has no key ring to seed.
        scope.ServiceProvider.GetService<KeyRingSeeder>()?.EnsureKey();
    }
}
