using System.Globalization;
using System.Security.Cryptography;
using Amsp.Geometry.Estimation;

namespace Amsp.Integration.Slicing;

/// <summary>
/// PrusaSlicer's command line (prusa-slicer --export-gcode --load profile.ini -o out.gcode model), run headless: the CLI
/// slices without initialising GTK, so no display is needed. The memory limit is RLIMIT_AS set by util-linux's prlimit,
/// which then becomes the slicer (exec); at the time limit the whole process tree is killed.
/// </summary>
public sealed class PrusaSlicer(PrusaSlicerOptions? options = null, TimeProvider? time = null) : ISlicer
{
    private readonly PrusaSlicerOptions options = options ?? new PrusaSlicerOptions();
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public async Task<SliceResult> SliceAsync(string modelPath, SlicerProfile profile, string outputDirectory, SliceLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        ArgumentNullException.ThrowIfNull(limits);
        if (ExecutableSearch.Find(options.ExecutablePath) is not { } slicer)
        {
            return Fail(SliceOutcome.NotInstalled, $"The slicer '{options.ExecutablePath}' is not installed (not found on PATH).");
        }
        if (limits.Timeout <= TimeSpan.Zero || limits.MemoryBytes <= 0)
        {
            return Fail(SliceOutcome.Failed, "The slice limits must be positive.");
        }
        if (!File.Exists(modelPath))
        {
            return Fail(SliceOutcome.Failed, $"The model '{modelPath}' does not exist.");
        }
        if (ExecutableSearch.Find(options.PrlimitPath) is not { } prlimit)
        {
            return Fail(SliceOutcome.Failed, $"'{options.PrlimitPath}' (util-linux) is needed to limit the slicer's memory and was not found.");
        }

        Directory.CreateDirectory(outputDirectory);
        var output = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(modelPath) + ".gcode");
        var ini = Path.Combine(outputDirectory, $".{Guid.NewGuid():N}.ini");
        await File.WriteAllTextAsync(ini, profile.IniText, ct);
        try
        {
            File.Delete(output); // a stale file must never pass for this run's result
            string[] arguments =
            [
                $"--as={limits.MemoryBytes.ToString(CultureInfo.InvariantCulture)}", slicer,
                "--loglevel", "1", "--export-gcode", "--load", ini, "--output", output, Path.GetFullPath(modelPath),
            ];
            var run = await BoundedProcess.RunAsync(prlimit, arguments, limits.Timeout, options.MaxErrorChars, time, ct);
            switch (run.End)
            {
                case BoundedProcess.End.CouldNotStart:
                    return Fail(SliceOutcome.NotInstalled, run.StderrTail);
                case BoundedProcess.End.TimedOut:
                    File.Delete(output);
                    return Fail(SliceOutcome.TimedOut, $"Killed at the time limit of {limits.Timeout.TotalSeconds:0.#} s. {run.StderrTail}".TrimEnd());
                case BoundedProcess.End.Exited when run.ExitCode != 0 || !File.Exists(output):
                    File.Delete(output);
                    var why = run.StderrTail.Length > 0 ? run.StderrTail : "no message on stderr";
                    return Fail(SliceOutcome.Failed, $"The slicer exited with code {run.ExitCode}: {why}");
            }
            return await ReadResultAsync(output, ct);
        }
        finally
        {
            File.Delete(ini);
        }
    }

    private static async Task<SliceResult> ReadResultAsync(string gcode, CancellationToken ct)
    {
        PrusaSlicerGcodeSummary summary;
        try
        {
            summary = PrusaSlicerGcodeSummary.Read(gcode);
        }
        catch (FormatException e)
        {
            return Fail(SliceOutcome.Failed, $"The slicer's G-code summary cannot be read: {e.Message}");
        }
        string sha;
        await using (var stream = File.OpenRead(gcode))
        {
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        }
        // "PrusaSlicer 2.5.0+UNKNOWN on 2026-11-29 at 04:27:38 UTC" → "PrusaSlicer 2.5.0+UNKNOWN"
        var generatedBy = summary.GeneratedBy;
        var on = generatedBy?.IndexOf(" on ", StringComparison.Ordinal) ?? -1;
        return new SliceResult(SliceOutcome.Sliced, gcode, sha, summary.EstimatedTime?.TotalSeconds, summary.FilamentLength, summary.FilamentWeight,
            on > 0 ? generatedBy![..on] : generatedBy, null)
        {
            Layers = summary.Layers,
        };
    }

    private static SliceResult Fail(SliceOutcome outcome, string error) => new(outcome, null, null, null, null, null, null, error);
}
