using System.Text.Json;
using System.Text.Json.Serialization;
using Amsp.Integration.Printers;

namespace Amsp.Integration.Erp.Mqtt;

/// <summary>A temperature in °C: what a sensor reads and what it was asked to reach.</summary>
public sealed record TemperatureReading(double? Actual, double? Target);

/// <summary>
/// One telemetry message of a printer or MES (JSON, UTF-8):
/// <c>{"printer":"P-01","state":"printing","progress":42.5,"temperatures":{"nozzle":{"actual":215,"target":215},"bed":{"actual":60,"target":60}},"at":"2026-11-29T10:00:00Z"}</c>.
/// Every member is optional; <c>printer</c> (the printer's id or name) defaults to the topic level the filter's
/// <c>+</c> matched.
/// </summary>
public sealed record PrinterTelemetry(string Printer, PrinterState? State, double? Progress, IReadOnlyDictionary<string, TemperatureReading> Temperatures,
    DateTimeOffset? At, string Topic)
{
    private const int MaxSensors = 16;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<PrinterState>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Reads a message; sizes are checked before parsing. Returns null and the reason when it cannot be used.</summary>
    public static PrinterTelemetry? Parse(string topic, string? filter, ReadOnlySpan<byte> payload, int maxBytes, out string? reason)
    {
        if (payload.Length > maxBytes)
        {
            reason = $"The message is {payload.Length} bytes; at most {maxBytes} are read.";
            return null;
        }
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(payload, Options);
        }
        catch (JsonException e)
        {
            reason = $"The message is not telemetry JSON: {e.Message}";
            return null;
        }
        var printer = wire?.Printer is { Length: > 0 } named ? named : FromTopic(topic, filter);
        reason = wire is null ? "The message is empty (null)."
            : printer is null or { Length: > 200 } ? "The message names no printer (no 'printer' member, and the topic has no level where the filter has '+')."
            : wire.Progress is < 0 or > 100 or double.NaN ? "progress must be between 0 and 100."
            : wire.Temperatures is { Count: > MaxSensors } ? $"At most {MaxSensors} temperatures are read."
            : null;
        return reason is null
            ? new PrinterTelemetry(printer!, wire!.State, wire.Progress, wire.Temperatures ?? new Dictionary<string, TemperatureReading>(), wire.At, topic)
            : null;
    }

    /// <summary>The topic level matched by the filter's first <c>+</c>.</summary>
    public static string? FromTopic(string topic, string? filter)
    {
        var index = filter?.Split('/').ToList().IndexOf("+") ?? -1;
        var levels = topic.Split('/');
        return index >= 0 && index < levels.Length && levels[index].Length > 0 ? levels[index] : null;
    }

    private sealed record Wire(string? Printer, PrinterState? State, double? Progress, Dictionary<string, TemperatureReading>? Temperatures, DateTimeOffset? At);
}
