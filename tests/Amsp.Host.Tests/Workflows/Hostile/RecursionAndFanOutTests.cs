using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using static Amsp.Host.Tests.Workflows.Hostile.Hostile;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>Issue points 1, 2 and 4: workflows that start themselves, fork bombs, and wide forks into a join.</summary>
public sealed class RecursionAndFanOutTests(LimitedHostFixture host) : IClassFixture<LimitedHostFixture>
{
    private static JsonObject StartsItselfOverHttp(string id, string path) => Definition(id,
        [Activity("http", "HttpEndpoint", ("Path", Lit(path)), ("AllowAnonymous", Lit(true))),
         Activity("again", "RunWorkflow", ("DefinitionId", Lit(id)))],
        [Connect("http", "again")]);

    private static JsonObject Starts(string id, string child, JsonObject? options = null) => Definition(id,
        [Activity("start", "Start"), Activity("run", "RunWorkflow", ("DefinitionId", Lit(child)))], [Connect("start", "run")], options);

    [Fact]
    public async Task A_workflow_that_starts_itself_behind_an_anonymous_endpoint_faults_at_depth_16_naming_the_chain()
    {
        var id = $"again-{Guid.NewGuid():N}";
        var path = $"again-{Guid.NewGuid():N}";
        await host.PublishAsync(StartsItselfOverHttp(id, path));

        using var anonymous = host.CreateClient();
        var response = await anonymous.PostAsJsonAsync($"/workflows/{path}", new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.AssertReadyAsync();
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var instances = await operatorClient.InstancesOfAsync(id);
        Assert.Equal(16, instances.Count);
        var faulted = Assert.Single(instances, i => i.GetProperty("status").GetString() == "Faulted");
        var incident = Assert.Single((await operatorClient.InstanceAsync(faulted.GetProperty("id").GetString()!)).GetProperty("incidents").EnumerateArray());
        Assert.Equal($"RunWorkflow would start '{id}' 17 levels deep, past the limit of 16 (Limits.MaxDepth): "
            + string.Join(" → ", Enumerable.Repeat(id, 17)) + ".", incident.Message());
    }

    [Fact]
    public async Task Two_workflows_that_start_each_other_fault_with_both_in_the_chain_and_cancel_as_a_tree()
    {
        var (ping, pong) = ($"ping-{Guid.NewGuid():N}", $"pong-{Guid.NewGuid():N}");
        await host.PublishAsync(Starts(ping, pong));
        await host.PublishAsync(Starts(pong, ping));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var root = await operatorClient.ExecuteAsync(ping);

        Assert.Equal("Suspended", root.GetProperty("status").GetString());
        await host.AssertReadyAsync();
        var faulted = (await operatorClient.InstancesOfAsync(ping)).Concat(await operatorClient.InstancesOfAsync(pong))
            .Single(i => i.GetProperty("status").GetString() == "Faulted");
        var incident = (await operatorClient.InstanceAsync(faulted.GetProperty("id").GetString()!)).GetProperty("incidents")[0];
        var chain = string.Join(" → ", Enumerable.Range(0, 17).Select(i => i % 2 == 0 ? ping : pong));
        Assert.Equal($"RunWorkflow would start '{ping}' 17 levels deep, past the limit of 16 (Limits.MaxDepth): {chain}.", incident.Message());

        var cancelled = await operatorClient.PostAsync($"/api/workflow-instances/{root.GetProperty("instanceId").GetString()}/cancel", null);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.All((await operatorClient.InstancesOfAsync(ping)).Concat(await operatorClient.InstancesOfAsync(pong)),
            i => Assert.Equal("Cancelled", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_fork_bomb_committing_per_activity_stops_at_the_roots_descendant_limit()
    {
        var id = $"bomb-{Guid.NewGuid():N}";
        await host.PublishAsync(Definition(id,
            [Activity("start", "Start"), Activity("fork", "Fork", ("Branches", Lit(new JsonArray("a", "b")))),
             Activity("a", "RunWorkflow", ("DefinitionId", Lit(id))), Activity("b", "RunWorkflow", ("DefinitionId", Lit(id)))],
            [Connect("start", "fork"), Connect("fork", "a", "a"), Connect("fork", "b", "b")],
            new JsonObject { ["commitStrategy"] = "PerActivity" }));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var root = (await operatorClient.ExecuteAsync(id)).GetProperty("instanceId").GetString();

        await host.AssertReadyAsync();
        var instances = await operatorClient.InstancesOfAsync(id);
        Assert.Equal(LimitedHostFixture.MaxDescendants + 1, instances.Count);
        Assert.All(instances.Where(i => i.GetProperty("id").GetString() != root), i => Assert.Equal(root, i.GetProperty("rootInstanceId").GetString()));
        var refused = instances.First(i => i.GetProperty("status").GetString() == "Faulted");
        var incident = (await operatorClient.InstanceAsync(refused.GetProperty("id").GetString()!)).GetProperty("incidents")[0];
        Assert.StartsWith($"Root instance '{root}' has started 20 instances through RunWorkflow, its limit (Limits.MaxDescendants = 20)",
            incident.Message(), StringComparison.Ordinal);
    }

    private static JsonObject WideFork(string id, int branches)
    {
        JsonArray activities = [Activity("start", "Start"),
            Activity("fork", "Fork", ("Branches", Lit(new JsonArray([.. Enumerable.Range(0, branches).Select(i => (JsonNode)$"b{i}")])))),
            Activity("join", "Join", ("Mode", Lit("WaitAll"))), Activity("done", "SetVariable", ("Variable", Lit("joined")), ("Value", Lit(true)))];
        JsonArray connections = [Connect("start", "fork"), Connect("join", "done")];
        for (var i = 0; i < branches; i++)
        {
            activities.Add(Activity($"s{i}", "SetVariable", ("Variable", Lit("last")), ("Value", Lit(i))));
            connections.Add(Connect("fork", $"s{i}", $"b{i}"));
            connections.Add(Connect($"s{i}", "join"));
        }
        var definition = Definition(id, activities, connections);
        definition["variables"] = new JsonArray(new JsonObject { ["name"] = "last" }, new JsonObject { ["name"] = "joined" });
        definition["outputs"] = new JsonArray(new JsonObject { ["name"] = "joined" });
        return definition;
    }

    [Fact]
    public async Task A_fork_above_the_branch_limit_is_refused_at_publish_and_one_at_the_limit_joins_once()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var wide = await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", WideFork($"wide-{Guid.NewGuid():N}", 257));
        var problem = await wide.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("code").GetString() == "TooManyBranches" && e.GetProperty("message").GetString() == "Fork 'fork' has 257 branches; at most 256 are allowed (Limits.MaxBranches).");

        var id = $"fits-{Guid.NewGuid():N}";
        await host.PublishAsync(WideFork(id, 256));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var run = await operatorClient.ExecuteAsync(id);

        Assert.Equal("Finished", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("output").GetProperty("joined").GetBoolean());
        await host.AssertReadyAsync();
    }
}
