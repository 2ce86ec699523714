namespace Amsp.Host.Hosting;

/// <summary>
/// The defaults a newcomer's <c>dotnet run</c> needs, kept in the product rather than in a launch profile: the SDK
/// announces a launch profile on stdout ("Using launch settings from …"), which broke the JSON of
/// <c>dotnet run --project Amsp.Host -- mesh check FILE --json</c>.
/// </summary>
internal static class StartDefaults
{
    /// <summary>Where the server listens when no <c>urls</c>, <c>http_ports</c> or Kestrel endpoint is configured.</summary>
    public const string Url = "http://localhost:5080";

#if DEBUG
    // A Debug build is a build from source (what `dotnet run` and an IDE build): it starts as a developer expects,
    // with the demo users and readable logs. Packed and published builds are Release and start in Production.
    private const string? BuildEnvironment = "Development";
#else
    private const string? BuildEnvironment = null;
#endif

    /// <summary>
    /// The builder's options: the build's environment unless the environment or the command line names one, and the
    /// web root beside the executable (where a publish or the .NET tool puts it, like <c>workflows/</c>) unless one is
    /// named; the working directory is the caller's wherever amsp is installed.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var given = Given(args);
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = string.IsNullOrEmpty(given[HostDefaults.EnvironmentKey]) ? BuildEnvironment : null,
            WebRootPath = string.IsNullOrEmpty(given[WebHostDefaults.WebRootKey]) ? Path.Combine(AppContext.BaseDirectory, "wwwroot") : null,
        };
    }

    /// <summary>Listens on <see cref="Url"/> unless an address is configured in any of the ways Kestrel reads.</summary>
    public static void ApplyUrl(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config[WebHostDefaults.ServerUrlsKey]) && string.IsNullOrEmpty(config[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(config[WebHostDefaults.HttpsPortsKey]) && !config.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, Url);
        }
    }

    // The same sources, in the same order, as the host reads its environment name from.
    private static IConfiguration Given(string[] args) => new ConfigurationBuilder()
        .AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build();
}
