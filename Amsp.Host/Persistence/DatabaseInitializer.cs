using Amsp.Host.Hosting;
using Amsp.Host.Auth;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Persistence;

/// <summary>
/// Migrates and seeds the database before anything else starts (before the server listens), so the
/// first request already finds its tables. The data-protection key ring lives in the database too: it is first
/// read by ASP.NET's key-ring loader, a plain hosted service, whose StartAsync runs after every StartingAsync.
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : StartupTask
{
    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (options.Value.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(cancellationToken);
    }
}
