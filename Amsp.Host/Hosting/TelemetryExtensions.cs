using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Amsp.Host.Hosting;

public static class TelemetryExtensions
{
    /// <summary>Every activity source and meter of the platform starts with this prefix.</summary>
    public const string Prefix = "Amsp";

    /// <summary>
    /// Logs on the console (<see cref="ConsoleLogging"/>); OpenTelemetry traces and metrics, exported over OTLP only
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured.
    /// </summary>
    public static IHostApplicationBuilder AddAmspTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddAmspConsoleLogging();
        // A quiet log by default; Logging:LogLevel for a more specific category (e.g. Microsoft.AspNetCore.Routing) opens it up.
        // Quartz tells of every part it sets up at start, which says nothing to an operator.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("amsp"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource($"{Prefix}.*"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter($"{Prefix}.*"));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
        return builder;
    }
}
