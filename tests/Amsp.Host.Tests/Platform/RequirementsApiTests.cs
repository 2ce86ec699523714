using System.Net;
using System.Net.Http.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Platform;

public sealed class RequirementsApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    internal static object Complete(Guid modelId, string due = "2099-01-31") => new
    {
        title = "Bracket B-100", modelId, units = "mm", material = "PLA", colour = "Black", quantity = 4, generalTolerance = "m",
        criticalDimensions = new[] { new { name = "hole spacing", nominal = 40.0, upperDeviation = 0.1, lowerDeviation = -0.1, method = "caliper" } },
        surfaceFinish = "as printed", postProcessing = new[] { "SupportRemoval" }, certificateLevel = "InspectionReport",
        inspectionMethod = "dimensions by caliper, visual check", packaging = "bubble wrap", dueDate = due,
        deliveryAddress = PlatformApi.Address(),
    };

    [Fact]
    public async Task A_customer_drafts_completes_and_submits_a_requirement_that_then_cannot_change()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var model = (await customer.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();
        var draft = await customer.PostJsonAsync("/api/requirements", new { title = "Bracket B-100" }, HttpStatusCode.Created);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        var id = draft.Id();

        var problem = await (await customer.PostAsync($"/api/requirements/{id}/submit", null)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["deliveryAddress", "dueDate", "modelId"], problem.ErrorFields().Order());

        var complete = await customer.PutJsonAsync($"/api/requirements/{id}", Complete(model));
        Assert.Equal("m", complete.GetProperty("generalTolerance").GetString());
        Assert.Equal("InspectionReport", complete.GetProperty("certificateLevel").GetString());
        var order = await (await customer.PostAsync($"/api/requirements/{id}/submit", null)).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(id, order.GetProperty("requirementId").GetGuid());
        Assert.Equal("Submitted", (await customer.GetJsonAsync($"/api/requirements/{id}")).GetProperty("status").GetString());

        await (await customer.PutAsJsonAsync($"/api/requirements/{id}", Complete(model))).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await customer.DeleteAsync($"/api/requirements/{id}")).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Inconsistent_fields_are_400_naming_the_field()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var problem = await (await customer.PostAsJsonAsync("/api/requirements", new
        {
            quantity = 0,
            criticalDimensions = new object[]
            {
                new { name = "width", nominal = 10.0, upperDeviation = -0.1, lowerDeviation = 0.1 },
                new { name = "", nominal = -1.0, upperDeviation = 0.1, lowerDeviation = -0.1 },
            },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["criticalDimensions[0].lowerDeviation", "criticalDimensions[1].lowerDeviation", "criticalDimensions[1].name",
            "criticalDimensions[1].nominal", "quantity"], problem.ErrorFields().Order());
    }

    [Fact]
    public async Task A_past_due_date_cannot_be_submitted()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var model = (await customer.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();
        var draft = await customer.PostJsonAsync("/api/requirements", Complete(model, due: "2020-01-01"), HttpStatusCode.Created);
        var problem = await (await customer.PostAsync($"/api/requirements/{draft.Id()}/submit", null)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["dueDate"], problem.ErrorFields());
    }

    [Fact]
    public async Task Another_organizations_model_or_requirement_is_unknown()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        var acmeModel = (await acme.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();
        var problem = await (await globex.PostAsJsonAsync("/api/requirements", new { modelId = acmeModel })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["modelId"], problem.ErrorFields());

        var draft = await acme.PostJsonAsync("/api/requirements", new { title = "secret" }, HttpStatusCode.Created);
        await (await globex.GetAsync($"/api/requirements/{draft.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await globex.PutAsJsonAsync($"/api/requirements/{draft.Id()}", new { title = "mine now" })).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("secret", await (await globex.GetAsync("/api/requirements")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_out_of_range_is_400_not_clamped()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        foreach (var query in new[] { "page=0", "pageSize=0", "pageSize=100000", "page=42949673&pageSize=100" })
        {
            await (await customer.GetAsync($"/api/requirements?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
    }
}
