using System.Diagnostics;
using Amsp.Integration.Erp;

namespace Amsp.Integration.Tests.Erp.Mqtt;

/// <summary>
/// A real mosquitto broker for the MQTT tests, started per test class on a free loopback port with a temporary
/// configuration (anonymous, no persistence). It can be stopped and started again on the same port. Without mosquitto
/// the tests are skipped locally, and fail on CI. The host's tests use this same file.
/// </summary>
public sealed class MosquittoServer : IAsyncLifetime
{
    private const string Mosquitto = "/usr/sbin/mosquitto";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "amsp-mqtt-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? process;

    public int Port { get; } = LoopbackServer.FreePort();

    public static bool Available => File.Exists(Mosquitto);

    public static void Require()
    {
        if (!Available)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI must install mosquitto.");
            Skip.If(true, "mosquitto is not installed (apt-get install mosquitto; CI installs it).");
        }
    }

    public async Task InitializeAsync()
    {
        if (Available)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "mosquitto.conf"), $"listener {Port} 127.0.0.1\nallow_anonymous true\npersistence false\n");
            await StartAsync();
        }
    }

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo(Mosquitto, ["-c", Path.Combine(folder, "mosquitto.conf")]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await LoopbackServer.WaitForListenerAsync(process, Port, "mosquitto");
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
    }

    public ConnectorEndpoint Connector(Guid organization, string? telemetryTopic = "amsp/printers/+/telemetry") =>
        new(Guid.NewGuid(), organization, ConnectorKinds.Mqtt, "shop-floor",
            System.Text.Json.JsonSerializer.Serialize(new { uri = $"mqtt://127.0.0.1:{Port}", telemetryTopic }), []);

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
