using System.Diagnostics;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>The SDK's <c>dotnet</c> that runs these tests, and processes started with it.</summary>
public static class DotNet
{
    /// <summary>The <c>dotnet</c> executable: the one the SDK names for its child processes, else the one on the PATH.</summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host : "dotnet";

    /// <summary>The folder holding the runtimes, for programs (a tool's launcher) that look for them through DOTNET_ROOT.</summary>
    public static string Root => Path.GetDirectoryName(ResolvePath(Executable))!;

    /// <summary>Runs <paramref name="program"/> to its end; answers its exit code, standard output and standard error.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string program, IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Out of time: the program is stopped rather than left running after the test.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    private static string ResolvePath(string executable)
    {
        var path = Path.IsPathRooted(executable) ? executable
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, executable)).FirstOrDefault(File.Exists) ?? executable;
        return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }
}
