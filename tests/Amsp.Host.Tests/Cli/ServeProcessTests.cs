using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Amsp.Host.Tests.Cli;

/// <summary>The built <c>amsp</c> executable, started as a process the way an operator starts it.</summary>
public sealed partial class ServeProcessTests : IDisposable
{
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("amsp-serve-").FullName;

    [Fact]
    public async Task Amsp_serve_on_the_sqlite_default_creates_its_data_folder_and_answers_ready()
    {
        var port = FreeLoopbackPort();
        using var process = Start("serve", "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await WaitForListeningAsync(process, timeout.Token);

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await client.GetAsync("/health/ready", timeout.Token);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "amsp.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private Process Start(params string[] args)
    {
        var amsp = Path.Combine(AppContext.BaseDirectory, "amsp.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(amsp);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static async Task WaitForListeningAsync(Process process, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (ListeningLine().IsMatch(line))
            {
                return;
            }
        }
        Assert.Fail($"amsp exited before listening: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("Now listening on")]
    private static partial Regex ListeningLine();

    public void Dispose() => Directory.Delete(workingDirectory, recursive: true);
}
