using System.Text.Json;
using Amsp.Geometry.Reporting;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Cli;

/// <summary>
/// <c>amsp-mesh</c>, the mesh verbs compiled ahead of time (Amsp.Mesh.Cli), as a Release publish for linux-x64 puts it
/// beside <c>amsp</c>: published here with Native AOT (clang and zlib1g-dev, which .ci/run installs), then run as a
/// native program. It must say what <c>amsp mesh</c> says, byte for byte, and fail the same way.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MeshCliTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("amsp-mesh-").FullName;

    [Fact]
    public async Task The_native_amsp_mesh_checks_repairs_and_fingerprints_as_amsp_mesh_does()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the published runtime is linux-x64's
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var output = Path.Combine(scratch, "publish");
        var publish = await DotNet.RunAsync(DotNet.Executable,
            ["publish", Path.Combine(Repository.Root(), "Amsp.Mesh.Cli"), "-c", "Release", "-r", "linux-x64", "-o", output, "-nologo", "-clp:ErrorsOnly"],
            new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, cancellationToken: timeout.Token);
        Assert.True(publish.Exit == 0, publish.Out + publish.Error);
        var native = Path.Combine(output, "amsp-mesh");
        // Native: no managed entry assembly beside it, and it runs without DOTNET_ROOT.
        Assert.False(File.Exists(Path.Combine(output, "amsp-mesh.dll")));
        var none = new Dictionary<string, string>();

        var bracket = Path.Combine(AppContext.BaseDirectory, "samples", "models", "bracket.stl");
        var check = await DotNet.RunAsync(native, ["check", bracket, "--json"], none, scratch, timeout.Token);
        Assert.True(check.Exit == 0, check.Error);
        Assert.Empty(check.Error);
        Assert.Equal(InProcess(w => MeshTool.Check(bracket, json: true, w)), check.Out);
        Assert.Equal(800, JsonDocument.Parse(check.Out).RootElement.GetProperty("triangles").GetInt32());

        var fingerprint = await DotNet.RunAsync(native, ["fingerprint", bracket, "--json"], none, scratch, timeout.Token);
        Assert.Equal(0, fingerprint.Exit);
        Assert.Equal(InProcess(w => MeshTool.Fingerprint(bracket, json: true, w)), fingerprint.Out);

        // A part with two holes, repaired to a closed mesh.
        var holed = Path.Combine(scratch, "holed.stl");
        await File.WriteAllBytesAsync(holed, Orders.MeshVariants.WithoutTriangles("bracket.stl", 10, 400), timeout.Token);
        var repaired = Path.Combine(scratch, "repaired.stl");
        var repair = await DotNet.RunAsync(native, ["repair", holed, repaired, "--json"], none, scratch, timeout.Token);
        Assert.True(repair.Exit == 0, repair.Error);
        var after = JsonDocument.Parse(repair.Out).RootElement.GetProperty("after");
        Assert.True(after.GetProperty("watertight").GetBoolean());
        Assert.Equal(InProcess(w => MeshTool.Check(repaired, json: true, w)),
            (await DotNet.RunAsync(native, ["check", repaired, "--json"], none, scratch, timeout.Token)).Out);

        // Refusals: one line on stderr naming the program and the verb, exit code 2, as `amsp mesh`.
        var truncated = Path.Combine(scratch, "truncated.stl");
        await File.WriteAllBytesAsync(truncated, (await File.ReadAllBytesAsync(bracket, timeout.Token))[..2000], timeout.Token);
        var broken = await DotNet.RunAsync(native, ["check", truncated], none, scratch, timeout.Token);
        Assert.Equal(2, broken.Exit);
        Assert.Empty(broken.Out);
        Assert.StartsWith("amsp-mesh check: ", broken.Error, StringComparison.Ordinal);
        Assert.Single(broken.Error.TrimEnd().Split('\n'));
        var missing = await DotNet.RunAsync(native, ["check", Path.Combine(scratch, "none.stl")], none, scratch, timeout.Token);
        Assert.Equal(2, missing.Exit);
        Assert.StartsWith("amsp-mesh check: ", missing.Error, StringComparison.Ordinal);
    }

    private static string InProcess(Action<TextWriter> verb)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        verb(writer);
        return writer.ToString();
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
