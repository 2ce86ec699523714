namespace Amsp.Integration.Erp.Amqp;

/// <summary>
/// An <c>amqp</c> connector's settings. The broker's password is the connector's secret, never part of the settings.
/// Every default is the value used when the member is left out.
/// </summary>
public sealed record AmqpSettings
{
    /// <summary>The broker, <c>amqp://user@host:5672/vhost</c> or <c>amqps://…</c>; no password in it.</summary>
    public string Uri { get; init; } = "";

    /// <summary>The topic exchange events are published to (declared durable by the platform). Default <c>amsp.events</c>.</summary>
    public string Exchange { get; init; } = "amsp.events";

    /// <summary>The queue the ERP sends its commands to; null when the connector only publishes.</summary>
    public string? CommandQueue { get; init; }

    /// <summary>Where rejected commands go: a direct exchange and its queue (both declared). Defaults <c>&lt;queue&gt;.dead-letter</c>.</summary>
    public string? DeadLetterExchange { get; init; }

    /// <summary>The dead-letter queue. Default <c>&lt;queue&gt;.dead-letter</c>.</summary>
    public string? DeadLetterQueue { get; init; }

    /// <summary>How long a publish waits for the broker's confirm before the delivery is retried later. Default 10 s.</summary>
    public int ConfirmTimeoutSeconds { get; init; } = 10;

    /// <summary>A command larger than this is refused unread. Default 64 KiB.</summary>
    public int MaxCommandBytes { get; init; } = 64 * 1024;

    /// <summary>Deliveries of one command that failed for a passing reason before it is dead-lettered. Default 5.</summary>
    public int MaxDeliveries { get; init; } = 5;

    /// <summary>Commands handled at once (the channel's prefetch). Default 4.</summary>
    public int Prefetch { get; init; } = 4;

    public string DeadLetterExchangeName => DeadLetterExchange ?? $"{CommandQueue}.dead-letter";

    public string DeadLetterQueueName => DeadLetterQueue ?? $"{CommandQueue}.dead-letter";

    /// <summary>The reasons the settings (JSON) cannot be used; empty when they can.</summary>
    public static IReadOnlyList<string> Validate(string settingsJson)
    {
        var errors = new List<string>();
        if (ConnectorSettings.Read<AmqpSettings>(settingsJson, ConnectorKinds.Amqp, errors) is { } settings)
        {
            errors.AddRange(settings.Check());
        }
        return errors;
    }

    /// <summary>The reasons these settings cannot be used.</summary>
    public IEnumerable<string> Check()
    {
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps") || uri.Host.Length == 0)
        {
            yield return $"uri must be an amqp:// or amqps:// address with a host, not '{Redacted(Uri)}'.";
        }
        else if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            yield return "uri must not carry a password: store it as the connector's secret.";
        }
        foreach (var (name, value) in new[] { ("exchange", (string?)Exchange), ("commandQueue", CommandQueue), ("deadLetterExchange", DeadLetterExchange), ("deadLetterQueue", DeadLetterQueue) })
        {
            if (value is not null && (value.Length is 0 or > 200 || value.StartsWith("amq.", StringComparison.Ordinal) || value.Any(char.IsControl)))
            {
                yield return $"{name} must be 1 to 200 characters, without control characters, and not start with 'amq.' (reserved by the broker).";
            }
        }
        if (ConfirmTimeoutSeconds is < 1 or > 300)
        {
            yield return "confirmTimeoutSeconds must be between 1 and 300.";
        }
        if (MaxCommandBytes is < 256 or > 4 * 1024 * 1024)
        {
            yield return "maxCommandBytes must be between 256 and 4194304.";
        }
        if (MaxDeliveries is < 1 or > 100)
        {
            yield return "maxDeliveries must be between 1 and 100.";
        }
        if (Prefetch is < 1 or > 100)
        {
            yield return "prefetch must be between 1 and 100.";
        }
    }

    // Never echo a password someone put in the address by mistake.
    private static string Redacted(string value) =>
        System.Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? value.Replace(uri.UserInfo, "***", StringComparison.Ordinal) : value;
}
