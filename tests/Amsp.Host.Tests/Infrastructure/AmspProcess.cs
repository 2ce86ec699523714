using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>The built <c>amsp</c> executable started as a process, the way an operator starts it.</summary>
public sealed class AmspProcess : IAsyncDisposable
{
    /// <summary>
    /// How long a test waits for amsp to start: generous, as it bounds a hang rather than measures anything, and a
    /// first start (JIT, migrations) on a busy two-core machine running the other tests takes a minute or more.
    /// </summary>
    public static TimeSpan StartTimeout { get; } = TimeSpan.FromMinutes(4);

    private readonly Process process;

    private AmspProcess(Process process) => this.process = process;

    public StreamReader Output => process.StandardOutput;

    /// <summary>Starts <c>amsp serve</c> on a free loopback port in <paramref name="workingDirectory"/>.</summary>
    public static AmspProcess Serve(string workingDirectory, string environment, out Uri address) =>
        Serve(workingDirectory, environment, new Dictionary<string, string>(), out address);

    /// <summary>Starts <c>amsp serve</c> with more environment variables (configuration such as <c>Amsp__Section__Key</c>).</summary>
    public static AmspProcess Serve(string workingDirectory, string environment, IReadOnlyDictionary<string, string> settings, out Uri address)
    {
        address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var variables = new Dictionary<string, string>(settings) { ["ASPNETCORE_ENVIRONMENT"] = environment };
        return Start(workingDirectory, variables, "serve", "--urls", address.ToString().TrimEnd('/'));
    }

    /// <summary>Ends the process at once with SIGKILL (<c>kill -9</c>): no shutdown, no flush, nothing it could finish.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public static AmspProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(DotNet.Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "amsp.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        return new AmspProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Reads standard output up to the first line that <paramref name="last"/> accepts; fails if the process ends first.</summary>
    public async Task<List<string>> ReadUntilAsync(Func<string, bool> last, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            lines.Add(line);
            if (last(line))
            {
                return lines;
            }
        }
        Assert.Fail($"amsp exited early. Output:\n{string.Join('\n', lines)}\nErrors:\n{await process.StandardError.ReadToEndAsync(cancellationToken)}");
        return lines;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
