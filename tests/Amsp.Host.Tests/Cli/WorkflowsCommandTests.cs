using System.CommandLine;
using System.Text.Json.Nodes;
using Amsp.Host.Cli;

namespace Amsp.Host.Tests.Cli;

public sealed class WorkflowsCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("amsp-cli-").FullName;

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "workflows", "design-review.json");

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AmspCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_definition()
    {
        var (exit, output, error) = await RunAsync("workflows", "validate", Shipped);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("1 definition(s) valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_the_file_the_activity_and_the_problem()
    {
        var broken = Path.Combine(directory, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(Shipped).Replace("\"outcome\": \"True\"", "\"outcome\": \"Yes\"", StringComparison.Ordinal));
        var (exit, _, error) = await RunAsync("workflows", "validate", Shipped, broken, Path.Combine(directory, "missing.json"));
        Assert.Equal(1, exit);
        Assert.Equal(
            ["broken.json: activity 'approved': Activity 'approved' (Decision) has no outcome 'Yes'.", "missing.json: no such file."],
            error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Import_then_export_round_trips_through_the_configured_database()
    {
        var data = $"--Amsp:DataDirectory={Path.Combine(directory, "data")}";
        var (exit, output, _) = await RunAsync("workflows", "import", Shipped, data);
        Assert.Equal(0, exit);
        Assert.Contains("design-review v1 Created", output, StringComparison.Ordinal);
        Assert.Contains("design-review v1 Unchanged", (await RunAsync("workflows", "import", Shipped, data)).Out, StringComparison.Ordinal);

        var exported = Path.Combine(directory, "out");
        Assert.Equal(0, (await RunAsync("workflows", "export", "--out", exported, data)).Exit);
        var written = JsonNode.Parse(File.ReadAllText(Path.Combine(exported, "design-review.json")))!.AsObject();
        Assert.True((bool)written["isPublished"]!);
        Assert.Equal(JsonNode.Parse(File.ReadAllText(Shipped))!["root"]!.ToJsonString(), written["root"]!.ToJsonString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
