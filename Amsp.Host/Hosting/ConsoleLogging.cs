using Microsoft.Extensions.Logging.Console;

namespace Amsp.Host.Hosting;

/// <summary>
/// Console logs for the place the host runs in: one readable line per entry (coloured on a terminal) for a developer,
/// JSON lines for a log collector everywhere else. <c>Logging:Console:FormatterName</c> (<c>simple</c>, <c>json</c>,
/// <c>systemd</c>) overrides either.
/// </summary>
public static class ConsoleLogging
{
    public const string FormatterKey = "Logging:Console:FormatterName";

    public static IHostApplicationBuilder AddAmspConsoleLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var formatter = FormatterName(builder.Configuration, builder.Environment);
        builder.Logging.AddConsole(o => o.FormatterName = formatter);
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.ColorBehavior = LoggerColorBehavior.Default;
        });
        // AddJsonConsole and AddSimpleConsole each make their formatter the current one; the choice above wins.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = formatter);
        return builder;
    }

    /// <summary>The configured formatter; otherwise <c>simple</c> in Development and <c>json</c> elsewhere.</summary>
    public static string FormatterName(IConfiguration configuration, IHostEnvironment environment) =>
        configuration[FormatterKey] is { Length: > 0 } configured ? configured
        : environment.IsDevelopment() ? ConsoleFormatterNames.Simple : ConsoleFormatterNames.Json;

    /// <summary>Whether console lines are for people: the banner goes only where it cannot break a JSON stream.</summary>
    public static bool IsForPeople(IConfiguration configuration, IHostEnvironment environment) =>
        !string.Equals(FormatterName(configuration, environment), ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase);
}
