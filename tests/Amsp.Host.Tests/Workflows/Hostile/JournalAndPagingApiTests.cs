using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using static Amsp.Host.Tests.Workflows.Hostile.Hostile;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>Issue points 6 and 7: bounded instance reads with a paged journal, and paging checked alike on every list.</summary>
public sealed class JournalAndPagingApiTests(LimitedHostFixture host) : IClassFixture<LimitedHostFixture>
{
    [Fact]
    public async Task A_long_loops_instance_reads_as_a_summary_with_first_and_last_journal_page_and_the_rest_pages_by_cursor()
    {
        var id = $"journal-{Guid.NewGuid():N}";
        await host.PublishAsync(CountingLoop(id, 1_500));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var instanceId = (await operatorClient.ExecuteAsync(id)).GetProperty("instanceId").GetString();

        var response = await operatorClient.GetAsync($"/api/workflow-instances/{instanceId}");
        var body = await response.Content.ReadAsStringAsync();

        // 3,002 activities journal 9,008 entries; the answer holds two pages of them.
        Assert.InRange(body.Length, 1, 100_000);
        var journal = JsonDocument.Parse(body).RootElement.GetProperty("journal");
        Assert.Equal(9_008, journal.GetProperty("count").GetInt64());
        Assert.Equal(9_008 - 1_000 - 500, journal.GetProperty("compacted").GetInt64());
        Assert.Equal(100, journal.GetProperty("first").GetArrayLength());
        Assert.Equal("99", journal.GetProperty("next").GetString());
        var last = journal.GetProperty("last").EnumerateArray().ToList();
        Assert.Equal(100, last.Count);
        Assert.Equal("WorkflowFinished", last[^1].GetProperty("eventType").GetString());

        var entries = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}/journal?pageSize=500{(cursor is null ? "" : $"&cursor={cursor}")}");
            entries.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next").GetString();
        }
        while (cursor is not null);
        Assert.Equal(1_000 + 1 + 500, entries.Count);
        var compacted = entries[1_000];
        Assert.Equal("Compacted", compacted.GetProperty("eventType").GetString());
        Assert.StartsWith("7,508 entries compacted into counts per activity: 'check' (Decision) ", compacted.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(9_007, entries[^1].GetProperty("sequence").GetInt64());
        await host.AssertReadyAsync();
    }

    [Theory]
    [InlineData("/api/workflow-definitions?page=-1")]
    [InlineData("/api/workflow-definitions?page=0")]
    [InlineData("/api/workflow-definitions?pageSize=100000")]
    [InlineData("/api/workflow-definitions?pageSize=0")]
    [InlineData("/api/workflow-definitions?page=42949673&pageSize=100")]
    [InlineData("/api/workflow-definitions?page=2147483647&pageSize=500")]
    [InlineData("/api/workflow-definitions?page=99999999999")]
    [InlineData("/api/workflow-definitions?page=abc")]
    [InlineData("/api/workflow-instances?page=-1")]
    [InlineData("/api/workflow-instances?pageSize=100000")]
    [InlineData("/api/workflow-instances?page=42949673&pageSize=100")]
    [InlineData("/api/workflow-instances/any/journal?pageSize=0")]
    [InlineData("/api/workflow-instances/any/journal?pageSize=501")]
    [InlineData("/api/workflow-instances/any/journal?cursor=-5")]
    [InlineData("/api/workflow-instances/any/journal?cursor=later")]
    public async Task Paging_out_of_range_is_a_problem_on_every_list(string url)
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var problem = await (await admin.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEqual(JsonValueKind.Undefined, problem.GetProperty("detail").ValueKind);
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task The_last_page_of_definitions_is_the_last_and_the_one_after_is_empty()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        for (var i = 0; i < 3; i++) await host.PublishAsync(CountingLoop($"paged-{i}-{Guid.NewGuid():N}", 1));
        var all = await analyst.GetFromJsonAsync<JsonElement>("/api/workflow-definitions?search=paged-&pageSize=2");
        Assert.Equal((2, 2, 3), (all.GetProperty("items").GetArrayLength(), all.GetProperty("pageSize").GetInt32(), all.GetProperty("total").GetInt32()));
        var second = await analyst.GetFromJsonAsync<JsonElement>("/api/workflow-definitions?search=paged-&pageSize=2&page=2");
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        var beyond = await analyst.GetFromJsonAsync<JsonElement>("/api/workflow-definitions?search=paged-&pageSize=500&page=1000000");
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
    }
}
