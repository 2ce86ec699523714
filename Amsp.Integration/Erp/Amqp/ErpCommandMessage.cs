using System.Text.Json;

namespace Amsp.Integration.Erp.Amqp;

/// <summary>
/// An ERP command as it arrives on the command queue (JSON, UTF-8):
/// <c>{"command":"confirm"|"reject","orderNumber":"AMSP-2026-000123","step":"order","reason":"…","reference":"SO-4711"}</c>.
/// </summary>
public sealed record ErpCommandMessage(string Command, string OrderNumber, string Step, string? Reason, string? Reference)
{
    private const int MaxField = 200;
    private const int MaxReason = 2000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads a command; sizes are checked before parsing. Returns null and the reason when it cannot be used.</summary>
    public static ErpCommandMessage? Parse(ReadOnlyMemory<byte> body, int maxBytes, out string? reason)
    {
        if (body.Length > maxBytes)
        {
            reason = $"The command is {body.Length} bytes; at most {maxBytes} are accepted.";
            return null;
        }
        ErpCommandMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<ErpCommandMessage>(body.Span, Options);
        }
        catch (JsonException e)
        {
            reason = $"The command is not valid JSON of the expected shape: {e.Message}";
            return null;
        }
        reason = message is null ? "The command is empty (null)." : message.Problem();
        return reason is null ? message : null;
    }

    /// <summary>True for a confirmation, false for a rejection.</summary>
    public bool Confirms => Command == "confirm";

    private string? Problem()
    {
        if (Command is not ("confirm" or "reject"))
        {
            return $"Unknown command '{Truncate(Command)}': expected 'confirm' or 'reject'.";
        }
        if (string.IsNullOrWhiteSpace(OrderNumber) || OrderNumber.Length > MaxField)
        {
            return $"orderNumber is required (at most {MaxField} characters).";
        }
        if (string.IsNullOrWhiteSpace(Step) || Step.Length > MaxField)
        {
            return $"step is required (at most {MaxField} characters).";
        }
        if (Reference is { Length: > MaxField })
        {
            return $"reference is longer than {MaxField} characters.";
        }
        return Reason is { Length: > MaxReason } ? $"reason is longer than {MaxReason} characters." : null;
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}
