using System.Diagnostics;
using Amsp.Integration.Erp;

namespace Amsp.Integration.Tests.Erp.Sftp;

/// <summary>
/// A real OpenSSH server for the SFTP tests: <c>/usr/sbin/sshd -D</c> as the current user on a free loopback port,
/// with a host key and a client key made for this run (ssh-keygen), <c>internal-sftp</c> rooted in a temporary folder
/// the tests can also read and write directly. Without sshd the tests are skipped locally, and fail on CI.
/// </summary>
public sealed class SshServer : IAsyncLifetime
{
    private const string Sshd = "/usr/sbin/sshd";
    private Process? process;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "amsp-sftp-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>What the SFTP account sees as its starting folder.</summary>
    public string Root => Path.Combine(Folder, "root");

    public int Port { get; private set; }

    public string HostKeySha256 { get; private set; } = "";

    public string ClientKey { get; private set; } = "";

    public static bool Available => File.Exists(Sshd) && File.Exists("/usr/bin/ssh-keygen");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }
        Directory.CreateDirectory(Root);
        await RunAsync("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(Folder, "host_key"));
        await RunAsync("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(Folder, "client_key"));
        File.Copy(Path.Combine(Folder, "client_key.pub"), Path.Combine(Folder, "authorized_keys"));
        ClientKey = await File.ReadAllTextAsync(Path.Combine(Folder, "client_key"));
        HostKeySha256 = (await RunAsync("/usr/bin/ssh-keygen", "-l", "-E", "sha256", "-f", Path.Combine(Folder, "host_key.pub"))).Split(' ')[1];
        Port = LoopbackServer.FreePort();
        var config = Path.Combine(Folder, "sshd_config");
        await File.WriteAllTextAsync(config, $"""
            Port {Port}
            ListenAddress 127.0.0.1
            HostKey {Folder}/host_key
            PidFile {Folder}/sshd.pid
            AuthorizedKeysFile {Folder}/authorized_keys
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            AllowUsers {Environment.UserName}
            Subsystem sftp internal-sftp
            ForceCommand internal-sftp -d {Root}
            LogLevel ERROR

            """);
        if (Environment.UserName == "root")
        {
            Directory.CreateDirectory("/run/sshd"); // sshd's privilege separation folder, missing until the service ran once
        }
        await RunAsync(Sshd, "-t", "-f", config);
        process = Process.Start(new ProcessStartInfo(Sshd, ["-D", "-e", "-f", config]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await LoopbackServer.WaitForListenerAsync(process, Port, "sshd");
    }

    /// <summary>Skips (locally) or fails (CI) when no sshd is installed.</summary>
    public static void Require()
    {
        if (!Available)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI must install openssh-server.");
            Skip.If(true, "openssh-server is not installed (apt-get install openssh-server; CI installs it).");
        }
    }

    public ConnectorEndpoint Connector(Guid organization, string? hostKey = null, string format = "csv") =>
        new(Guid.NewGuid(), organization, ConnectorKinds.Sftp, "erp-files", System.Text.Json.JsonSerializer.Serialize(new
        {
            host = "127.0.0.1", port = Port, username = Environment.UserName, hostKeySha256 = hostKey ?? HostKeySha256, format,
        }), [ClientKey]);

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process?.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        using var run = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await run.StandardOutput.ReadToEndAsync();
        var error = await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        return run.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {error}");
    }
}
