using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

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
    private readonly StringBuilder errors = new();

    private AmspProcess(Process process)
    {
        this.process = process;
        // Standard error is read as it comes, so a chatty host never blocks on a full pipe and a failure can show it.
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (errors)
                {
                    errors.AppendLine(line);
                }
            }
        };
        process.BeginErrorReadLine();
    }

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
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
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

    /// <summary>
    /// Reads standard output up to the first line that <paramref name="last"/> accepts; fails if the process ends first
    /// or the token is cancelled first (a pipe read does not stop on a token by itself, so the wait is abandoned instead).
    /// </summary>
    public async Task<List<string>> ReadUntilAsync(Func<string, bool> last, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken) is { } line)
            {
                lines.Add(line);
                if (last(line))
                {
                    return lines;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"amsp did not print the awaited line in time. Output:\n{string.Join('\n', lines)}\nErrors:\n{Errors}");
        }
        await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Fail($"amsp exited early. Output:\n{string.Join('\n', lines)}\nErrors:\n{Errors}");
        return lines;
    }

    private string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
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
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        process.Dispose();
    }
}
