using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;

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
        services.AddSingleton(paths);
        services.AddSingleton(target);
        services.AddDbContext<AmspDbContext>(options => target.Configure(options, AmspDbContext.MigrationsHistoryTable));
        services.AddScoped<DatabaseMigrator>();
        services.AddHostedService<DatabaseInitializer>();
        return target;
    }
}
