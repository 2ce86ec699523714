using System.CommandLine;
using System.Text.Json;
using Amsp.Host.Cli.Mesh;

namespace Amsp.Host.Tests.Cli.Mesh;

public sealed class MeshCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand("test") { MeshCommand.Create() };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Mesh_check_prints_json_and_exits_0()
    {
        var path = Path.Combine(Path.GetTempPath(), $"amsp-{Guid.NewGuid():N}.obj");
        await File.WriteAllTextAsync(path, "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 2 3 4\nf 3 1 4\n");
        try
        {
            var (exit, output, error) = await RunAsync("mesh", "check", path, "--json");
            Assert.Equal(0, exit);
            Assert.Empty(error);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(4, json.RootElement.GetProperty("triangles").GetInt32());
            Assert.True(json.RootElement.GetProperty("watertight").GetBoolean());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Mesh_check_of_an_open_mesh_prints_volume_null_and_the_volume_if_closed()
    {
        // The tetrahedron of the test above without its last face.
        var path = Path.Combine(Path.GetTempPath(), $"amsp-{Guid.NewGuid():N}.obj");
        await File.WriteAllTextAsync(path, "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 2 3 4\n");
        try
        {
            var (exit, output, _) = await RunAsync("mesh", "check", path, "--json");
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("volume").ValueKind);
            Assert.Equal(1 / 6.0, json.RootElement.GetProperty("volumeIfClosed").GetDouble(), 4);
            Assert.Equal(0, json.RootElement.GetProperty("warnings").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_unreadable_file_is_exit_2_with_one_line_on_stderr()
    {
        var path = Path.Combine(Path.GetTempPath(), $"amsp-{Guid.NewGuid():N}.stl");
        await File.WriteAllBytesAsync(path, new byte[90]);
        try
        {
            var (exit, output, error) = await RunAsync("mesh", "check", path);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_is_exit_2_with_one_line_on_stderr()
    {
        var (exit, _, error) = await RunAsync("mesh", "fingerprint", "/nonexistent/part.stl");
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
