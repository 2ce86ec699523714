using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Integration.Inbound;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// The order workflow as an analyst changes it over the definitions API (as the workflow designer does), and orders
/// told apart by a name the scenario gives them, to follow each one on the version it started on. The operator reads
/// which version an order's instance runs; a manufacturer sends the approval signal over the stimuli API.
/// </summary>
[Binding]
public sealed class WorkflowSteps(Actors actors)
{
    private const string OrderWorkflow = "order-to-delivery";
    private readonly Dictionary<string, string> orders = new(StringComparer.Ordinal);

    [Given(@"^the customer has ordered (\d+) of the sample part ""([^""]+)"" as ""([^""]+)""$")]
    [When(@"^the customer orders (\d+) of the sample part ""([^""]+)"" as ""([^""]+)""$")]
    public async Task OrderNamed(int quantity, string sample, string name)
    {
        var order = await (await actors.AsAsync("customer")).OrderSampleAsync(sample, model =>
        {
            var requirement = RequirementTable.Build(model, null);
            requirement["quantity"] = quantity;
            return requirement;
        });
        orders.Add(name, order.Number());
    }

    [When(@"^the analyst inserts a manual approval for quotes above (\d+) into the order workflow and publishes it$")]
    public async Task InsertApproval(int limit)
    {
        var analyst = await actors.AsAsync("analyst");
        var published = JsonNode.Parse((await analyst.GetJsonAsync($"/api/workflow-definitions/{OrderWorkflow}?version=published")).GetRawText())!.AsObject();
        var draft = await analyst.PostJsonAsync("/api/workflow-definitions", LargeQuoteApproval.Insert(published, limit));
        var version = draft.GetProperty("version").GetInt32();
        await analyst.PostJsonAsync($"/api/workflow-definitions/{OrderWorkflow}/publish?version={version}", new { });
    }

    [Given(@"^the order workflow waits for the ERP's confirmation before printing$")]
    public async Task WaitForErp() => await (await actors.AsAsync("analyst")).SwitchErpConfirmationOnAsync();

    [Then(@"^the order workflow's published version is (\d+)$")]
    public async Task PublishedVersion(int version) =>
        Assert.Equal(version, (await (await actors.AsAsync("analyst")).GetJsonAsync($"/api/workflow-definitions/{OrderWorkflow}?version=published"))
            .GetProperty("version").GetInt32());

    [Then(@"^""([^""]+)"" is ""(\w+)""$")]
    public async Task Is(string name, string status) => Assert.Equal(status, (await OrderAsync(name)).Status());

    [Then(@"^""([^""]+)"" is ""(\w+)"" on version (\d+) of the order workflow$")]
    public async Task IsOnVersion(string name, string status, int version)
    {
        var order = await OrderAsync(name);
        Assert.Equal(status, order.Status());
        var instance = await (await actors.AsAsync("operator")).GetJsonAsync($"/api/workflow-instances/{order.GetProperty("instanceId").GetString()}");
        Assert.Equal(version, instance.GetProperty("instance").GetProperty("definitionVersion").GetInt32());
    }

    [When(@"^the manufacturer approves the quotes of ""([^""]+)""$")]
    public async Task Approve(string name)
    {
        var manufacturer = await actors.AsAsync("manufacturer");
        var response = await manufacturer.PostJsonAsync("/api/stimuli", new { name = LargeQuoteApproval.Signal, correlationId = orders[name] });
        Assert.Equal(1, response.GetProperty("resumed").GetArrayLength());
    }

    [Then(@"^the customer cannot accept a quote of ""([^""]+)""$")]
    public async Task CannotAccept(string name)
    {
        var quote = (await OrderAsync(name)).GetProperty("quotes")[0].Id();
        var response = await (await actors.AsAsync("customer")).PostAsJsonAsync($"/api/orders/{orders[name]}/quotes/{quote}/accept", new { });
        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [When(@"^the customer accepts the cheapest quote of ""([^""]+)""$")]
    public async Task AcceptCheapest(string name)
    {
        var quote = (await OrderAsync(name)).Offered().MinBy(q => q.GetProperty("total").GetDecimal()).Id();
        await (await actors.AsAsync("customer")).PostJsonAsync($"/api/orders/{orders[name]}/quotes/{quote}/accept", new { });
    }

    [Then(@"^the cheapest quote of ""([^""]+)"" is (above|below) (\d+)$")]
    public async Task Cheapest(string name, string side, int limit)
    {
        var total = (await OrderAsync(name)).Offered().Min(q => q.GetProperty("total").GetDecimal());
        Assert.True(side == "above" ? total > limit : total < limit,
            string.Create(CultureInfo.InvariantCulture, $"The cheapest quote of {name} is {total}, not {side} {limit}."));
    }

    private async Task<JsonElement> OrderAsync(string name) =>
        await (await actors.AsAsync("customer")).GetJsonAsync($"/api/orders/{orders[name]}");
}
