using System.Net;
using Amsp.Integration.Printers.OctoPrint;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Amsp.Integration.Printers;

public static class PrinterServiceCollectionExtensions
{
    /// <summary>Error bodies and JSON answers are small; a controller answering more is not OctoPrint.</summary>
    private const long MaxResponseBytes = 4 << 20;

    /// <summary>The printer connectors (<see cref="IPrinterConnectorFactory"/>, <see cref="OctoPrintConnector"/>) and their HTTP clients.</summary>
    public static IServiceCollection AddPrinterConnectors(this IServiceCollection services, Action<PrinterConnectorOptions>? configure = null)
    {
        var options = services.AddOptions<PrinterConnectorOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options.Validate(o => PrinterConnectorOptions.Validate(o) is null, "Printer connector options are invalid (AttemptTimeout, TotalTimeout, Retries, RetryDelay, UploadTimeout).")
            .ValidateOnStart();

        services.AddHttpClient(OctoPrintConnector.QueryClient, c => Unbounded(c))
            .AddResilienceHandler("octoprint-query", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<PrinterConnectorOptions>>().Value;
                pipeline.AddTimeout(o.TotalTimeout).AddRetry(Retry(o)).AddTimeout(o.AttemptTimeout);
            });
        services.AddHttpClient(OctoPrintConnector.UploadClient, c => Unbounded(c))
            .AddResilienceHandler("octoprint-upload", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<PrinterConnectorOptions>>().Value;
                pipeline.AddTimeout(o.UploadTimeout).AddRetry(Retry(o));
            });
        services.AddTransient<OctoPrintConnector>();
        services.AddSingleton<IPrinterConnectorFactory, PrinterConnectorFactory>();
        return services;
    }

    /// <summary>The resilience pipeline owns the timeouts; HttpClient's own would cut retries short.</summary>
    private static void Unbounded(HttpClient client)
    {
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.MaxResponseContentBufferSize = MaxResponseBytes;
    }

    private static HttpRetryStrategyOptions Retry(PrinterConnectorOptions o) => new()
    {
        MaxRetryAttempts = Math.Max(o.Retries, 1),
        Delay = o.RetryDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldHandle = args => ValueTask.FromResult(o.Retries > 0 && ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
    };

    /// <summary>
    /// A request whose connection was never made reached nobody and is safe to send again, an upload included. Any
    /// other failure is retried only for GET: a POST may have been carried out (an upload accepted and started).
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }
        if (request?.Method != HttpMethod.Get)
        {
            return false;
        }
        return outcome.Exception is HttpRequestException or TimeoutRejectedException
            || outcome.Result is { } r && ((int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
    }
}
