using System.Text.Json;
using Amsp.Domain.Integration;
using Amsp.Host.Platform.Pipeline;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Amqp;
using Amsp.Integration.Erp.Mqtt;
using Amsp.Integration.Erp.Sftp;
using Amsp.Integration.Erp.Webhooks;

namespace Amsp.Host.Integration.Connectors;

/// <summary>A connector as sent by its organization. The secret is write-only: set here or generated, never read back.</summary>
/// <param name="Kind">webhook, amqp, sftp or mqtt; fixed once made.</param>
/// <param name="Name">Unique in the organization; the name a workflow's SendToErp step uses.</param>
/// <param name="Enabled">Receives events; default true.</param>
/// <param name="EventTypes">The event types it receives; empty or absent: all.</param>
/// <param name="Settings">The transport's settings (webhook: <c>{"url","timeoutSeconds"}</c>).</param>
/// <param name="Secret">Webhook: a <c>whsec_</c> secret, generated when absent. Ignored on update (rotate instead).</param>
public sealed record ConnectorInput(string? Kind, string? Name, bool? Enabled, List<string>? EventTypes, JsonElement? Settings, string? Secret)
{
    public const int MaxEventTypes = 50;

    public static readonly string[] Kinds = [ConnectorKinds.Webhook, ConnectorKinds.Amqp, ConnectorKinds.Sftp, ConnectorKinds.Mqtt];

    public void Validate(Validation v, bool creating)
    {
        v.Text(Name, "name", 200);
        v.When(!Kinds.Contains(Kind), "kind", $"must be one of {string.Join(", ", Kinds)}.");
        v.When(EventTypes is { Count: > MaxEventTypes }, "eventTypes", $"must name at most {MaxEventTypes} types.");
        foreach (var (type, i) in (EventTypes ?? []).Take(MaxEventTypes).Select((t, i) => (t, i)))
        {
            v.When(!Domain.Integration.EventTypes.IsPlatformType(type) && !Domain.Integration.EventTypes.IsValidCustomType(type), $"eventTypes[{i}]",
                "is neither a platform event type (GET /api/integration/schemas) nor a custom type like erp.order-released.");
        }
        if (Settings is not { ValueKind: JsonValueKind.Object } settings)
        {
            v.Add("settings", "is required: a JSON object.");
        }
        else if (settings.GetRawText().Length > 4000)
        {
            v.Add("settings", "must be at most 4000 characters of JSON.");
        }
        else if (Kind == ConnectorKinds.Webhook && WebhookSettings.Parse(settings.GetRawText()).Error is { } error)
        {
            v.Add("settings", error);
        }
        else
        {
            foreach (var problem in BrokerSettingsProblems(Kind, settings.GetRawText()))
            {
                v.Add("settings", problem);
            }
        }
        if (creating && Secret is not null)
        {
            v.When(Kind == ConnectorKinds.Webhook && WebhookSecret.TryDecode(Secret) is null, "secret",
                $"must be '{WebhookSecret.Prefix}' followed by the base64 of {WebhookSecret.MinBytes} to {WebhookSecret.MaxBytes} bytes (or absent: one is generated).");
            v.When(Secret.Length is 0 or > 1000, "secret", "must be 1 to 1000 characters.");
        }
    }

    // Each transport checks its own settings, every problem in a sentence.
    private static IReadOnlyList<string> BrokerSettingsProblems(string? kind, string json) => kind switch
    {
        ConnectorKinds.Amqp => AmqpSettings.Validate(json),
        ConnectorKinds.Sftp => SftpSettings.Validate(json),
        ConnectorKinds.Mqtt => MqttSettings.Validate(json),
        _ => [],
    };

    /// <summary>The settings as stored: webhooks' normalized, others' as sent.</summary>
    public string SettingsJson() => Kind == ConnectorKinds.Webhook
        ? WebhookSettings.Parse(Settings!.Value.GetRawText()).Settings!.ToJson()
        : Settings!.Value.GetRawText();
}

/// <summary>A new secret for a connector; the previous one keeps signing for the window (hours, 0 to 720; default the configured window).</summary>
public sealed record RotateSecretInput(string? Secret, int? PreviousValidForHours);

/// <summary>A connector as shown: never its secrets, only whether it has one and until when the previous one still signs.</summary>
public sealed record ConnectorDto(Guid Id, Guid OrganizationId, string Kind, string Name, bool Enabled, IReadOnlyList<string> EventTypes,
    JsonElement Settings, bool HasSecret, DateTimeOffset? PreviousSecretValidUntil, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ConnectorDto From(Connector c) => new(c.Id, c.OrganizationId, c.Kind, c.Name, c.Enabled, c.EventTypes,
        JsonDocument.Parse(c.SettingsJson).RootElement.Clone(), c.ProtectedSecret is not null, c.PreviousSecretValidUntil, c.CreatedAt, c.UpdatedAt);
}

/// <summary>A connector just made or whose secret was just rotated, with the secret: the only time it is shown.</summary>
public sealed record ConnectorWithSecret(ConnectorDto Connector, string? Secret);

/// <summary>How a test event went.</summary>
public sealed record ConnectorTestResult(Guid EventId, bool Delivered, string? Error);
