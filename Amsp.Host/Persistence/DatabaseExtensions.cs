using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amsp.Host.Persistence;

/// <summary>Registers the platform's database contexts on the configured provider.</summary>
public static class DatabaseExtensions
{
    /// <returns>The database every context of the platform uses.</returns>
    public static DatabaseTarget AddAmspDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var paths = new AmspPaths(configuration);
        var target = DatabaseTarget.From(
            configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions(), paths);
        if (target.Provider == DatabaseProvider.Sqlite && !target.IsInMemory)
        {
            // The server checkpoints SQLite's log in the background; its commits never do.
            target = target with { BackgroundCheckpoints = true };
            services.AddHostedService<SqliteCheckpointer>();
        }
        services.AddSingleton(paths);
        services.AddSingleton(target);
        services.AddDbContext<AmspDbContext>((sp, options) => target.Configure(options, AmspDbContext.MigrationsHistoryTable)
            .AddInterceptors(new ModificationTimes(sp.GetRequiredService<TimeProvider>())));
        services.AddScoped<DatabaseMigrator>();
        services.AddHostedService<DatabaseInitializer>();
        // Several nodes share a PostgreSQL database, so work on an instance is serialized across all of them.
        // Replace, not TryAdd: it must win over the engine's in-process default whichever is registered first.
        // SQLite is one node by nature; SQL Server stays on the in-process lock too (no distributed lock for it
        // here yet), so run one node on it.
        if (target.Provider == DatabaseProvider.PostgreSql)
        {
            services.Replace(ServiceDescriptor.Singleton<IInstanceLockProvider, PostgresInstanceLockProvider>());
        }
        return target;
    }
}
