using System.Net;
using System.Text.Json;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Hosting;

/// <summary>What a person sees on the console when <c>amsp</c> starts: the host started as a process.</summary>
public sealed class StartBannerTests : IDisposable
{
    private const string LastBannerLine = "Ctrl+C stops the server.";

    private readonly string workingDirectory = Directory.CreateTempSubdirectory("amsp-banner-").FullName;

    [Fact]
    public async Task In_development_the_console_shows_readable_lines_then_the_banner_with_links_data_folder_and_demo_accounts()
    {
        using var timeout = new CancellationTokenSource(AmspProcess.StartTimeout);
        await using var amsp = AmspProcess.Serve(workingDirectory, "Development", out var address);
        var lines = await amsp.ReadUntilAsync(line => line.Contains(LastBannerLine, StringComparison.Ordinal), timeout.Token);
        var output = string.Join('\n', lines);

        var root = address.ToString().TrimEnd('/');
        foreach (var link in new[] { "/api-docs", "/openapi/v1.json", "/health/ready" })
        {
            Assert.Contains(root + link, output, StringComparison.Ordinal);
        }
        Assert.Contains(Path.Combine(workingDirectory, "data"), output, StringComparison.Ordinal);
        foreach (var demo in DemoUsers.Everyone)
        {
            Assert.Contains(lines, l => l.Contains(demo.Role, StringComparison.Ordinal) && l.Contains(demo.Email, StringComparison.Ordinal)
                && l.Contains(demo.Password, StringComparison.Ordinal));
        }
        // One readable line per log entry, no JSON; no colour codes when the output is not a terminal.
        Assert.Contains(lines, l => l.Contains(" info: Amsp.Host.", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('{'));
        Assert.DoesNotContain('\u001b', output);
        // The passwords are in the banner only, never in a log line.
        Assert.Single(lines, l => l.Contains(DemoUsers.All[0].Password, StringComparison.Ordinal));
        Assert.DoesNotContain("No XML encryptor configured", output, StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", timeout.Token)).StatusCode);
    }

    [Fact]
    public async Task In_production_the_console_carries_json_lines_only_and_no_banner()
    {
        using var timeout = new CancellationTokenSource(AmspProcess.StartTimeout);
        await using var amsp = AmspProcess.Serve(workingDirectory, "Production", out var address);
        // The banner would be written before the lifetime logs "Application started" (its callback runs first).
        var lines = await amsp.ReadUntilAsync(line => line.Contains("Application started", StringComparison.Ordinal), timeout.Token);

        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
        }
        var output = string.Join('\n', lines);
        Assert.DoesNotContain(LastBannerLine, output, StringComparison.Ordinal);
        Assert.DoesNotContain("demo.amsp.local", output, StringComparison.Ordinal);
        // Production says once what to configure so the key ring is encrypted at rest.
        Assert.Contains(lines, l => l.Contains("Amsp:DataProtection:Certificate:Path", StringComparison.Ordinal));

        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", timeout.Token)).StatusCode);
    }

    [Fact]
    public async Task Json_lines_in_development_when_the_formatter_setting_says_so_and_then_no_banner()
    {
        using var timeout = new CancellationTokenSource(AmspProcess.StartTimeout);
        await using var amsp = AmspProcess.Start(workingDirectory,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Logging__Console__FormatterName"] = "json" },
            "serve", "--urls", "http://127.0.0.1:0");
        var lines = await amsp.ReadUntilAsync(line => line.Contains("Application started", StringComparison.Ordinal), timeout.Token);

        Assert.All(lines, line => Assert.StartsWith("{", line, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(LastBannerLine, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(workingDirectory, recursive: true);
    }
}
