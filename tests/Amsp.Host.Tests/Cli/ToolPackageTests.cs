using System.Text.Json;
using Amsp.Host.Hosting;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Cli;

/// <summary>
/// The README's way to get <c>amsp</c> on the PATH: the host packed as a .NET tool, installed from that package, and
/// run. Packs the build these tests run against (no second build) and installs into a tool path of its own.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string scratch = Directory.CreateTempSubdirectory("amsp-tool-").FullName;

    [Fact]
    public async Task The_packed_tool_installs_and_its_amsp_command_checks_a_sample_part_and_tells_its_version()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var packages = Path.Combine(scratch, "artifacts");
        var tools = Path.Combine(scratch, "tools");
        var isolated = new Dictionary<string, string>
        {
            // A package of the same id and version from an earlier build must not be taken from a cache.
            ["NUGET_PACKAGES"] = Path.Combine(scratch, "nuget-packages"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

        var pack = await DotNet.RunAsync(DotNet.Executable,
            ["pack", Path.Combine(Repository.Root(), "Amsp.Host"), "-c", Configuration, "--no-build", "-o", packages, "-nologo"],
            isolated, cancellationToken: timeout.Token);
        Assert.True(pack.Exit == 0, pack.Out + pack.Error);
        Assert.Single(Directory.GetFiles(packages, $"amsp.{ProductVersion.Version}.nupkg"));

        // Only the folder just packed is a source, so nothing of the same name is installed from elsewhere.
        var config = Path.Combine(scratch, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <configuration><packageSources><clear /><add key="artifacts" value="{packages}" /></packageSources></configuration>
            """, timeout.Token);
        var install = await DotNet.RunAsync(DotNet.Executable,
            ["tool", "install", "amsp", "--tool-path", tools, "--configfile", config, "--version", ProductVersion.Version],
            isolated, cancellationToken: timeout.Token);
        Assert.True(install.Exit == 0, install.Out + install.Error);

        var amsp = Path.Combine(tools, OperatingSystem.IsWindows() ? "amsp.exe" : "amsp");
        var runtime = new Dictionary<string, string> { ["DOTNET_ROOT"] = DotNet.Root };
        var version = await DotNet.RunAsync(amsp, ["--version"], runtime, scratch, timeout.Token);
        Assert.Equal(0, version.Exit);
        Assert.Equal(ProductVersion.Describe(), version.Out.Trim());
        Assert.Matches(@"^amsp \d+\.\d+\.\d+ \(commit ([0-9a-f]{40}|unknown)\)$", version.Out.Trim());

        var check = await DotNet.RunAsync(amsp, ["mesh", "check", Path.Combine("samples", "models", "bracket.stl"), "--json"], runtime,
            AppContext.BaseDirectory, timeout.Token);
        Assert.True(check.Exit == 0, check.Error);
        Assert.Empty(check.Error);
        var report = JsonDocument.Parse(check.Out).RootElement;
        var expected = ExpectedBracket();
        Assert.Equal(expected.GetProperty("triangles").GetInt32(), report.GetProperty("triangles").GetInt32());
        Assert.Equal(expected.GetProperty("volume").GetDouble(), report.GetProperty("volume").GetDouble(), 2);
        Assert.True(report.GetProperty("watertight").GetBoolean());
    }

    private static JsonElement ExpectedBracket() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "models", "models.json"))).RootElement
            .EnumerateArray().Single(m => m.GetProperty("file").GetString() == "bracket.stl");

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
