using Amsp.Geometry.Estimation;
using Amsp.Integration.Slicing;

namespace Amsp.Integration.Tests.Slicing;

public sealed class PrusaSlicerTests : IDisposable
{
    private static readonly SliceLimits Generous = new(TimeSpan.FromMinutes(2), 2L << 30);
    private readonly string dir = Directory.CreateTempSubdirectory("amsp-slicer-tests-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [SkippableTheory]
    [Trait("Category", "Slicer")]
    [InlineData("PLA", SlicerProfiles.Pla)]
    [InlineData("PETG", SlicerProfiles.Petg)]
    public async Task The_bracket_slices_into_gcode_with_its_estimates(string material, string profileName)
    {
        Skip.If(Which("prusa-slicer") is null, "prusa-slicer is not installed (apt-get install prusa-slicer; CI installs it).");
        var profile = SlicerProfiles.For(material);
        Assert.Equal(profileName, profile.Name);

        var result = await new PrusaSlicer().SliceAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "bracket.stl"), profile, dir, Generous, default);

        Assert.True(result.Outcome == SliceOutcome.Sliced, result.Error);
        Assert.True(File.Exists(result.GcodePath));
        Assert.StartsWith("PrusaSlicer 2.", result.SlicerVersion, StringComparison.Ordinal);
        Assert.InRange(result.EstimatedSeconds!.Value, 600, 4 * 3600); // a 60 × 40 mm bracket at 0.2 mm: about an hour
        Assert.InRange(result.FilamentMm!.Value, 500, 50_000);
        Assert.True(result.FilamentGrams > 0, "the profile sets a filament density, so the weight is written");
        Assert.True(result.Layers > 10);
        var summary = PrusaSlicerGcodeSummary.Read(result.GcodePath!);
        Assert.Equal(TimeSpan.FromSeconds(result.EstimatedSeconds!.Value), summary.EstimatedTime);
        var text = await File.ReadAllTextAsync(result.GcodePath!);
        Assert.Contains(material == "PLA" ? "M104 S215" : "M104 S240", text, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(result.GcodePath!))), result.GcodeSha256);
        Assert.Single(Directory.GetFiles(dir)); // the profile's temporary .ini is gone
    }

    [Fact]
    public async Task A_hanging_slicer_is_killed_at_the_time_limit_with_its_children()
    {
        var pidFile = Path.Combine(dir, "child.pid");
        var slicer = Script("hang", $"sleep 600 &\necho $! > '{pidFile}'\nwait\n");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await new PrusaSlicer(new PrusaSlicerOptions { ExecutablePath = slicer })
            .SliceAsync(Model(), SlicerProfiles.For("PLA"), dir, new SliceLimits(TimeSpan.FromSeconds(2), 1L << 30), default);

        Assert.Equal(SliceOutcome.TimedOut, result.Outcome);
        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await IsGoneAsync(child), $"the slicer's child {child} is still running");
    }

    [Fact]
    public async Task A_failing_slicer_reports_its_stderr()
    {
        var slicer = Script("fail", "echo 'progress on stdout'\necho 'Objects could not fit on the bed' >&2\nexit 1\n");
        var result = await new PrusaSlicer(new PrusaSlicerOptions { ExecutablePath = slicer })
            .SliceAsync(Model(), SlicerProfiles.For("PLA"), dir, Generous, default);
        Assert.Equal(SliceOutcome.Failed, result.Outcome);
        Assert.Contains("Objects could not fit on the bed", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("progress on stdout", result.Error, StringComparison.Ordinal);
        Assert.Null(result.GcodePath);
    }

    [Fact]
    public async Task Only_the_tail_of_a_long_stderr_is_kept()
    {
        var slicer = Script("noisy", "i=0\nwhile [ $i -lt 2000 ]; do echo \"line $i of noise\" >&2; i=$((i+1)); done\nexit 3\n");
        var result = await new PrusaSlicer(new PrusaSlicerOptions { ExecutablePath = slicer, MaxErrorChars = 500 })
            .SliceAsync(Model(), SlicerProfiles.For("PLA"), dir, Generous, default);
        Assert.Equal(SliceOutcome.Failed, result.Outcome);
        Assert.Contains("line 1999 of noise", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1000 of noise", result.Error, StringComparison.Ordinal);
        Assert.InRange(result.Error!.Length, 100, 700);
    }

    [Theory]
    [InlineData("/nonexistent/prusa-slicer")]
    [InlineData("amsp-no-such-slicer")]
    public async Task A_missing_slicer_is_not_installed(string executable)
    {
        var result = await new PrusaSlicer(new PrusaSlicerOptions { ExecutablePath = executable })
            .SliceAsync(Model(), SlicerProfiles.For("PLA"), dir, Generous, default);
        Assert.Equal(SliceOutcome.NotInstalled, result.Outcome);
        Assert.Contains(executable, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_material_gets_the_PLA_profile_with_a_note()
    {
        var profile = SlicerProfiles.For("Nylon PA12", out var note);
        Assert.Equal(SlicerProfiles.Pla, profile.Name);
        Assert.Contains("Nylon PA12", note, StringComparison.Ordinal);
        Assert.Contains("bed_shape = 0x0,220x0,220x220,0x220", profile.IniText, StringComparison.Ordinal);
        Assert.Null(SlicerProfiles.For("petg-cf", out var none) is { Name: SlicerProfiles.Petg } ? none : "wrong profile");
    }

    private string Model()
    {
        var path = Path.Combine(dir, "part.stl");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Samples", "bracket.stl"), path, overwrite: true);
        return path;
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(dir, name + ".sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows()) // the scripts stand in for the slicer on Linux, where it runs
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    /// <summary>Killed processes take a moment to be reaped; a zombie counts as gone.</summary>
    private static async Task<bool> IsGoneAsync(int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(") ")[^1].StartsWith('Z'))
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
