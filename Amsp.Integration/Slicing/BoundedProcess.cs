using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Amsp.Integration.Slicing;

/// <summary>Runs a process with a wall-clock limit, killing its whole tree at the limit, keeping only the tail of stderr.</summary>
internal static class BoundedProcess
{
    public enum End { Exited, TimedOut, CouldNotStart }

    public sealed record Result(End End, int ExitCode, string StderrTail);

    public static async Task<Result> RunAsync(
        string executable, IEnumerable<string> arguments, TimeSpan timeout, int maxStderrChars, TimeProvider time, CancellationToken ct)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = info };
        var stderr = new Tail(maxStderrChars);
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        process.OutputDataReceived += (_, _) => { }; // drained so the slicer never blocks on a full pipe; its progress lines say nothing we keep
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new Result(End.CouldNotStart, -1, e.Message);
        }
        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        using var limit = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, ct);
        try
        {
            await process.WaitForExitAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            return new Result(End.TimedOut, -1, stderr.ToString());
        }
        await process.WaitForExitAsync(CancellationToken.None); // the redirected streams are read to their end
        return new Result(End.Exited, process.ExitCode, stderr.ToString());
    }

    /// <summary>The last lines of a stream, at most so many characters.</summary>
    private sealed class Tail(int maxChars)
    {
        private readonly Lock gate = new();
        private readonly Queue<string> lines = new();
        private int length;

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (gate)
            {
                line = line.Length > maxChars ? line[^maxChars..] : line;
                lines.Enqueue(line);
                length += line.Length + 1;
                while (length > maxChars && lines.Count > 1)
                {
                    length -= lines.Dequeue().Length + 1;
                }
            }
        }

        public override string ToString()
        {
            lock (gate)
            {
                return new StringBuilder().AppendJoin('\n', lines).ToString();
            }
        }
    }
}
