using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;

namespace Amsp.Host.Persistence;

/// <summary>Registers the platform's database contexts on the configured provider.</summary>
public static class DatabaseExtensions
{
    public static IServiceCollection AddAmspDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AmspPaths>();
        services.AddSingleton(sp => DatabaseTarget.From(
            configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions(),
            sp.GetRequiredService<AmspPaths>()));
        services.AddDbContext<AmspDbContext>((sp, options) =>
            sp.GetRequiredService<DatabaseTarget>().Configure(options, AmspDbContext.MigrationsHistoryTable));
        services.AddScoped<DatabaseMigrator>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
