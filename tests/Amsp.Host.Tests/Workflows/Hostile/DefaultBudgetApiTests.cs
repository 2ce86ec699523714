using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using static Amsp.Host.Tests.Workflows.Hostile.Hostile;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>Issue point 3 with the limits as shipped: a long burst is visible and cancellable, and a 10,000-iteration loop completes.</summary>
[Trait("Category", "Slow")]
public sealed class DefaultBudgetApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task A_ten_thousand_iteration_loop_completes_with_the_default_budget()
    {
        var id = $"ten-thousand-{Guid.NewGuid():N}";
        await host.PublishAsync(CountingLoop(id, 10_000));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var run = await operatorClient.ExecuteAsync(id);

        Assert.Equal(("Finished", 0), (run.GetProperty("status").GetString(), run.GetProperty("incidentCount").GetInt32()));
        var details = await operatorClient.InstanceAsync(run.GetProperty("instanceId").GetString()!);
        Assert.Equal(10_000, details.GetProperty("variables").GetProperty("i").GetInt32());
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task An_endless_loop_is_listed_within_a_second_while_its_execute_call_runs_and_an_operator_cancels_it()
    {
        var id = $"endless-{Guid.NewGuid():N}";
        await host.PublishAsync(CountingLoop(id, int.MaxValue));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var execute = operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{id}/execute", new { });
        // The burst commits its instance at the end of its first one-second slice; until then nothing is listed.
        List<JsonElement> listed;
        while ((listed = await operatorClient.InstancesOfAsync(id)).Count == 0)
        {
            Assert.False(execute.IsCompleted, "The execute call answered before its instance was ever listed.");
        }
        var instanceId = Assert.Single(listed).GetProperty("id").GetString();
        Assert.Equal("Running", listed[0].GetProperty("status").GetString());

        var cancelled = await operatorClient.PostAsync($"/api/workflow-instances/{instanceId}/cancel", null);

        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var answer = await (await execute).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((instanceId, "Cancelled"), (answer.GetProperty("instanceId").GetString(), answer.GetProperty("status").GetString()));
        await host.AssertReadyAsync();
    }
}
