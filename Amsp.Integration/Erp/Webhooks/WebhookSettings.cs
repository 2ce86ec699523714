using System.Text.Json;

namespace Amsp.Integration.Erp.Webhooks;

/// <summary>A webhook connector's settings: where to POST, and how long one attempt may take.</summary>
/// <param name="Url">HTTPS, or plain HTTP on a loopback address (a receiver on the same machine, tests).</param>
/// <param name="TimeoutSeconds">One attempt's limit, 1 to 60 seconds; default 10.</param>
public sealed record WebhookSettings(string Url, int TimeoutSeconds = WebhookSettings.DefaultTimeoutSeconds)
{
    public const int DefaultTimeoutSeconds = 10;
    public const int MaxTimeoutSeconds = 60;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The settings in <paramref name="json"/>, or the reason they are not valid.</summary>
    public static (WebhookSettings? Settings, string? Error) Parse(string? json)
    {
        WebhookSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize<WebhookSettings>(json ?? "", Json);
        }
        catch (JsonException)
        {
            return (null, "must be a JSON object with url and timeoutSeconds.");
        }
        if (settings?.Url is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) || url.Length > 2000)
        {
            return (null, "url must be an absolute https URL (plain http only on a loopback address), at most 2000 characters.");
        }
        if (settings.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            return (null, $"timeoutSeconds must be from 1 to {MaxTimeoutSeconds}.");
        }
        return (settings, null);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
