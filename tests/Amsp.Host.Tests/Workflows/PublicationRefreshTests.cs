using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Workflows;
using Amsp.Host.Workflows.Triggers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Amsp.Host.Tests.Workflows;

/// <summary>
/// Two hosts on one SQLite file stand for this node and another process (another node, or <c>amsp workflows
/// import</c>): what the other publishes or retracts serves here after the refresh, routes and triggers alike.
/// </summary>
public sealed class PublicationRefreshTests
{
    private sealed class Other(string databaseFile) : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:Database:ConnectionString", $"Data Source={databaseFile}");
            builder.UseSetting("Amsp:Workflows:RefreshInterval", "00:00:00");
        }
    }

    private static JsonObject Echo(string id, string path, string answer) => JsonNode.Parse($$"""
        {
          "definitionId": "{{id}}", "name": "{{id}}",
          "root": {
            "activities": [
              { "id": "http", "type": "HttpEndpoint", "inputs": { "Path": { "value": "{{path}}" }, "Methods": { "value": ["POST"] }, "AllowAnonymous": { "value": true } } },
              { "id": "nightly", "type": "CronTrigger", "inputs": { "Expression": { "value": "0 0 2 * * ?" } } },
              { "id": "answer", "type": "WriteHttpResponse", "inputs": { "Body": { "value": { "answer": "{{answer}}" } } } }
            ],
            "connections": [ { "source": { "activity": "http", "outcome": "Done" }, "target": { "activity": "answer" } } ]
          }
        }
        """)!.AsObject();

    private static async Task PublishAsync(AmspHostFixture host, JsonObject definition)
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var published = await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private static async Task<string?> AnswerAsync(AmspHostFixture host, string path)
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync($"/workflows/{path}", new { });
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["answer"]!.GetValue<string>();
    }

    private static async Task<bool> HasCronJobAsync(FakeClockHostFixture host, string definitionId)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.Exists(new JobKey("nightly", TriggerScheduler.GroupOf(definitionId)));
    }

    [Fact]
    public async Task Versions_published_and_retracted_elsewhere_serve_here_after_a_refresh()
    {
        await using var here = new FakeClockHostFixture();
        _ = here.Services;
        await using var other = new Other(Path.Combine(here.DataDirectory, "amsp.db"));
        var refresh = here.Services.GetRequiredService<PublicationRefresh>();
        var id = $"elsewhere-{Guid.NewGuid():N}";
        var path = $"elsewhere/{Guid.NewGuid():N}";

        await PublishAsync(other, Echo(id, path, "v1"));
        Assert.Null(await AnswerAsync(here, path));
        Assert.False(await HasCronJobAsync(here, id));

        Assert.Equal(1, await refresh.RefreshAsync(CancellationToken.None));
        Assert.Equal("v1", await AnswerAsync(here, path));
        Assert.True(await HasCronJobAsync(here, id));
        Assert.Equal(0, await refresh.RefreshAsync(CancellationToken.None));

        await PublishAsync(other, Echo(id, path, "v2"));
        Assert.Equal("v1", await AnswerAsync(here, path));
        Assert.Equal(1, await refresh.RefreshAsync(CancellationToken.None));
        Assert.Equal("v2", await AnswerAsync(here, path));

        using var analyst = await other.CreateClientAsAsync(AmspRoles.Analyst);
        Assert.True((await analyst.PostAsync($"/api/workflow-definitions/{id}/retract", null)).IsSuccessStatusCode);
        Assert.Equal(1, await refresh.RefreshAsync(CancellationToken.None));
        Assert.Null(await AnswerAsync(here, path));
        Assert.False(await HasCronJobAsync(here, id));
    }

    [Fact]
    public async Task A_version_published_here_is_not_applied_again_by_the_refresh()
    {
        await using var here = new FakeClockHostFixture();
        var id = $"local-{Guid.NewGuid():N}";
        var path = $"local/{Guid.NewGuid():N}";
        await PublishAsync(here, Echo(id, path, "here"));

        Assert.Equal(0, await here.Services.GetRequiredService<PublicationRefresh>().RefreshAsync(CancellationToken.None));
        Assert.Equal("here", await AnswerAsync(here, path));
    }

    [Fact]
    public async Task The_refresh_runs_on_its_interval_of_the_platform_clock()
    {
        await using var here = new FakeClockHostFixture();
        var refresh = here.Services.GetRequiredService<PublicationRefresh>();
        await using var other = new Other(Path.Combine(here.DataDirectory, "amsp.db"));
        var path = $"ticked/{Guid.NewGuid():N}";
        await PublishAsync(other, Echo($"ticked-{Guid.NewGuid():N}", path, "ticked"));
        var refreshed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        refresh.Refreshed += changes => { if (changes > 0) refreshed.TrySetResult(changes); };

        here.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("ticked", await AnswerAsync(here, path));
    }
}
