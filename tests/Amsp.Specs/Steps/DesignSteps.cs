using System.Net;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// A design request (ISO/IEC 23510 Annex A, personalised products): the customer asks, a designer of the platform
/// takes the request and uploads versions, the customer accepts one, which becomes the model of their requirement.
/// </summary>
[Binding]
public sealed class DesignSteps(Actors actors, Journey journey)
{
    private Guid requirement;
    private Guid request;
    private Guid version;

    [When(@"^the customer asks for a design ""([^""]+)"" with the uploaded part as reference$")]
    public async Task Ask(string brief)
    {
        var customer = await actors.AsAsync("customer");
        requirement = (await customer.PostJsonAsync("/api/requirements", new { title = brief }, HttpStatusCode.Created)).Id();
        request = (await customer.PostJsonAsync($"/api/requirements/{requirement}/design-request",
            new { brief, referenceModelIds = new[] { journey.Model ?? throw new InvalidOperationException("Nothing was uploaded.") } }, HttpStatusCode.Created)).Id();
    }

    [Then(@"^the designer sees the request among the open design requests$")]
    public async Task SeesOpen()
    {
        var open = await (await actors.AsAsync("designer")).GetJsonAsync("/api/design-requests?status=Open&pageSize=200");
        Assert.Contains(open.GetProperty("items").EnumerateArray(), r => r.Id() == request);
    }

    [Then(@"^the designer (can|cannot) see the reference part$")]
    public async Task SeesReference(string can)
    {
        var response = await (await actors.AsAsync("designer")).GetAsync($"/api/models/{journey.Model}");
        if (can == "can")
        {
            await response.OkJsonAsync();
        }
        else
        {
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [When(@"^the designer takes the request$")]
    public async Task Take() =>
        Assert.Equal("InProgress", (await (await (await actors.AsAsync("designer")).PostAsync($"/api/design-requests/{request}/take", null)).OkJsonAsync())
            .GetProperty("status").GetString());

    [When(@"^the designer uploads the sample part ""([^""]+)"" as a version$")]
    public async Task Upload(string sample)
    {
        var model = (await (await actors.AsAsync("designer")).UploadSampleAsync(sample, $"/api/design-requests/{request}/versions")).GetProperty("model");
        Assert.Equal("Design", model.GetProperty("origin").GetString());
        version = model.Id();
    }

    [Then(@"^the other customer cannot see the design request$")]
    public async Task OthersCannotSee() =>
        await (await (await actors.AsAsync("other customer")).GetAsync($"/api/design-requests/{request}")).AssertProblemAsync(HttpStatusCode.NotFound);

    [When(@"^the customer accepts the designer's version$")]
    public async Task Accept() =>
        await (await actors.AsAsync("customer")).PostJsonAsync($"/api/design-requests/{request}/accept", new { modelId = version });

    [Then(@"^the design request is ""(\w+)""$")]
    public async Task RequestIs(string status) =>
        Assert.Equal(status, (await (await actors.AsAsync("customer")).GetJsonAsync($"/api/design-requests/{request}")).GetProperty("status").GetString());

    [Then(@"^the requirement's model is the designer's version$")]
    public async Task RequirementModel() =>
        Assert.Equal(version, (await (await actors.AsAsync("customer")).GetJsonAsync($"/api/requirements/{requirement}")).Id("modelId"));

    [When(@"^the customer orders the design with the requirement$")]
    public async Task Order(Table table)
    {
        var customer = await actors.AsAsync("customer");
        var body = RequirementTable.Build(version, table);
        body["title"] = (await customer.GetJsonAsync($"/api/requirements/{requirement}")).GetProperty("title").GetString();
        await customer.PutJsonAsync($"/api/requirements/{requirement}", body);
        journey.Orderer = "customer";
        journey.Saw(await customer.PostJsonAsync($"/api/requirements/{requirement}/submit", new { }, HttpStatusCode.Created));
    }
}
