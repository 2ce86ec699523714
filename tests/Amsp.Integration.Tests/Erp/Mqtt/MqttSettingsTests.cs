using System.Text;
using Amsp.Integration.Erp.Mqtt;

namespace Amsp.Integration.Tests.Erp.Mqtt;

public sealed class MqttSettingsTests
{
    [Theory]
    [InlineData("""{"uri":"mqtt://broker:1883"}""", null)]
    [InlineData("""{"uri":"tcp://broker"}""", "mqtt:// or mqtts://")]
    [InlineData("""{"uri":"mqtt://u:p@broker"}""", "must not carry an account")]
    [InlineData("""{"uri":"mqtt://b","telemetryTopic":"a/#/b"}""", "telemetryTopic")]
    [InlineData("""{"uri":"mqtt://b","jobStatusTopic":"jobs/status"}""", "{jobId}")]
    [InlineData("""{"uri":"mqtt://b","clientId":"a b"}""", "clientId")]
    public void Settings_are_validated(string json, string? expected)
    {
        var errors = MqttSettings.Validate(json);
        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("""{"progress":120}""", "progress must be between 0 and 100.")]
    [InlineData("""{"state":"melting"}""", "not telemetry JSON")]
    [InlineData("""{"state":1}""", "not telemetry JSON")]
    public void Telemetry_that_cannot_be_used_says_why(string payload, string expected)
    {
        Assert.Null(PrinterTelemetry.Parse("amsp/printers/P-01/telemetry", "amsp/printers/+/telemetry", Encoding.UTF8.GetBytes(payload), 1024, out var reason));
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printer_comes_from_the_payload_or_else_the_wildcard_level()
    {
        var named = PrinterTelemetry.Parse("amsp/printers/P-01/telemetry", "amsp/printers/+/telemetry", """{"printer":"Mk4"}"""u8, 1024, out _);
        var fromTopic = PrinterTelemetry.Parse("amsp/printers/P-01/telemetry", "amsp/printers/+/telemetry", "{}"u8, 1024, out _);
        var none = PrinterTelemetry.Parse("amsp/printers", "amsp/#", "{}"u8, 1024, out var reason);
        Assert.Equal(("Mk4", "P-01"), (named!.Printer, fromTopic!.Printer));
        Assert.Null(none);
        Assert.Contains("names no printer", reason, StringComparison.Ordinal);
    }
}
