using System.Net;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Cli;

/// <summary>The built <c>amsp</c> executable, started as a process the way an operator starts it.</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("amsp-serve-").FullName;

    [Fact]
    public async Task Amsp_serve_on_the_sqlite_default_creates_its_data_folder_and_answers_ready()
    {
        using var timeout = new CancellationTokenSource(AmspProcess.StartTimeout);
        await using var amsp = AmspProcess.Serve(workingDirectory, "Production", out var address);
        await amsp.ReadUntilAsync(line => line.Contains("Now listening on", StringComparison.Ordinal), timeout.Token);

        using var client = new HttpClient { BaseAddress = address };
        var ready = await client.GetAsync("/health/ready", timeout.Token);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(File.Exists(Path.Combine(workingDirectory, "data", "amsp.db")));
    }

    public void Dispose() => Directory.Delete(workingDirectory, recursive: true);
}
