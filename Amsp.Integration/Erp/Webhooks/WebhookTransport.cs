using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Amsp.Integration.Erp.Webhooks;

/// <summary>
/// Delivers events as Standard Webhooks 1.0: a POST of the event's body with <c>webhook-id</c> (the event id, the
/// receiver's idempotency key), <c>webhook-timestamp</c> and <c>webhook-signature</c> (one <c>v1</c> signature per
/// secret in force). 2xx is delivered; 408, 429, 5xx, a network error or a timeout is tried again later (the receiver's
/// Retry-After counts); any other answer will not change by retrying and goes to the dead letters. Redirects are not
/// followed: a receiver that moved gives its new URL to the connector.
/// </summary>
public sealed partial class WebhookTransport(IHttpClientFactory clients, TimeProvider clock, ILogger<WebhookTransport> log) : IEventTransport
{
    public const string ClientName = "amsp-webhooks";

    public string Kind => ConnectorKinds.Webhook;

    public async Task<DeliveryResult> DeliverAsync(ConnectorEndpoint connector, OutboundEvent outboundEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(outboundEvent);
        var (settings, error) = WebhookSettings.Parse(connector.SettingsJson);
        if (settings is null)
        {
            return DeliveryResult.Fail($"The connector's settings are invalid: {error}");
        }
        if (connector.Secrets.Count == 0 || connector.Secrets.Any(s => WebhookSecret.TryDecode(s) is null))
        {
            return DeliveryResult.Fail("The connector has no valid signing secret.");
        }
        var id = outboundEvent.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(outboundEvent.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.IdHeader, id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Header(connector.Secrets, id, timestamp, outboundEvent.Body));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.TimeoutSeconds), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var result = Classify(response, clock.GetUtcNow());
            LogAttempt(log, outboundEvent.Id, connector.Id, (int)response.StatusCode);
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return DeliveryResult.Retry($"No answer within {settings.TimeoutSeconds} s.");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Retry($"Network error: {e.HttpRequestError} ({e.Message})");
        }
    }

    /// <summary>What an answer means for the delivery.</summary>
    public static DeliveryResult Classify(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var code = (int)response.StatusCode;
        if (code is >= 200 and < 300)
        {
            return DeliveryResult.Success;
        }
        var said = $"The receiver answered {code} {response.ReasonPhrase}.";
        return code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            ? DeliveryResult.Retry(said, RetryAfter(response, now))
            : DeliveryResult.Fail(said);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook {EventId} to connector {ConnectorId}: {Status}")]
    private static partial void LogAttempt(ILogger logger, Guid eventId, Guid connectorId, int status);
}
