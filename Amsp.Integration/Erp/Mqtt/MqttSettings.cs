namespace Amsp.Integration.Erp.Mqtt;

/// <summary>
/// An <c>mqtt</c> connector's settings. The broker's password, if any, is the connector's secret. Every default is the
/// value used when the member is left out.
/// </summary>
public sealed record MqttSettings
{
    /// <summary>The broker, <c>mqtt://host:1883</c> or <c>mqtts://host:8883</c>.</summary>
    public string Uri { get; init; } = "";

    /// <summary>The account, when the broker asks for one (the password is the secret).</summary>
    public string? Username { get; init; }

    /// <summary>The client id's prefix; <c>-telemetry</c> and <c>-publish</c> are appended. Default <c>amsp-&lt;connector id&gt;</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary>The telemetry subscription (QoS 1); null subscribes to nothing. The first <c>+</c> level names the printer unless the payload does.</summary>
    public string? TelemetryTopic { get; init; } = "amsp/printers/+/telemetry";

    /// <summary>Where print job events are published; <c>{jobId}</c> is replaced. Default <c>amsp/jobs/{jobId}/status</c>.</summary>
    public string JobStatusTopic { get; init; } = "amsp/jobs/{jobId}/status";

    /// <summary>Whether job status is retained, so a subscriber arriving later sees each job's last status. Default true.</summary>
    public bool RetainJobStatus { get; init; } = true;

    /// <summary>Where other events are published; <c>{type}</c> is replaced by type and version. Default <c>amsp/events/{type}</c>.</summary>
    public string EventTopic { get; init; } = "amsp/events/{type}";

    /// <summary>A telemetry message larger than this is dropped unread. Default 16 KiB.</summary>
    public int MaxPayloadBytes { get; init; } = 16 * 1024;

    /// <summary>The reasons the settings (JSON) cannot be used; empty when they can.</summary>
    public static IReadOnlyList<string> Validate(string settingsJson)
    {
        var errors = new List<string>();
        if (ConnectorSettings.Read<MqttSettings>(settingsJson, ConnectorKinds.Mqtt, errors) is { } settings)
        {
            errors.AddRange(settings.Check());
        }
        return errors;
    }

    /// <summary>The reasons these settings cannot be used.</summary>
    public IEnumerable<string> Check()
    {
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("mqtt" or "mqtts") || uri.Host.Length == 0)
        {
            yield return $"uri must be an mqtt:// or mqtts:// address with a host, not '{Uri}'.";
        }
        else if (uri.UserInfo.Length > 0)
        {
            yield return "uri must not carry an account: use username, and the connector's secret for the password.";
        }
        if (ClientId is { } id && (id.Length is 0 or > 100 || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))))
        {
            yield return "clientId must be 1 to 100 letters, digits, '-', '_' or '.'.";
        }
        if (TelemetryTopic is { } filter && !IsFilter(filter))
        {
            yield return $"telemetryTopic must be an MQTT topic filter ('+' for a whole level, '#' only last), not '{filter}'.";
        }
        if (!IsTopic(JobStatusTopic.Replace("{jobId}", "x", StringComparison.Ordinal)) || !JobStatusTopic.Contains("{jobId}", StringComparison.Ordinal))
        {
            yield return "jobStatusTopic must be a topic name (no wildcards) containing {jobId}.";
        }
        if (!IsTopic(EventTopic.Replace("{type}", "x", StringComparison.Ordinal)))
        {
            yield return "eventTopic must be a topic name (no wildcards).";
        }
        if (MaxPayloadBytes is < 256 or > 1024 * 1024)
        {
            yield return "maxPayloadBytes must be between 256 and 1048576.";
        }
    }

    private static bool IsTopic(string topic) => topic.Length is > 0 and <= 1024 && topic.IndexOfAny(['+', '#', '\0']) < 0;

    private static bool IsFilter(string filter)
    {
        if (filter.Length is 0 or > 1024 || filter.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }
        var levels = filter.Split('/');
        return levels.Select((level, i) => level == "#" ? i == levels.Length - 1 : level == "+" || level.IndexOfAny(['+', '#']) < 0).All(ok => ok);
    }
}
