using System.Net;
using System.Net.Http.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Platform;

public sealed class DesignsApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task A_designer_takes_a_request_uploads_versions_and_the_customer_accepts_one()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var designer = await host.CreateClientAsAsync(AmspRoles.Designer);
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        var sketch = (await customer.UploadSampleAsync("enclosure_box.stl")).GetProperty("model").Id();
        var requirement = await customer.PostJsonAsync("/api/requirements", new { title = "Lid for my box" }, HttpStatusCode.Created);
        var request = await customer.PostJsonAsync($"/api/requirements/{requirement.Id()}/design-request",
            new { brief = "A lid with a locating lip for this box", referenceModelIds = new[] { sketch } }, HttpStatusCode.Created);
        var requestId = request.Id();
        await (await customer.PostAsJsonAsync($"/api/requirements/{requirement.Id()}/design-request", new { brief = "again" }))
            .AssertProblemAsync(HttpStatusCode.Conflict);

        var queue = await designer.GetJsonAsync("/api/design-requests?status=Open");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), r => r.Id() == requestId);
        // An open request shows its brief, not the customer's files.
        await (await designer.GetAsync($"/api/models/{sketch}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await designer.UploadAsync(await File.ReadAllBytesAsync(PlatformApi.SamplePath("enclosure_lid.stl")), "lid.stl",
            $"/api/design-requests/{requestId}/versions")).AssertProblemAsync(HttpStatusCode.Conflict);

        var taken = await (await designer.PostAsync($"/api/design-requests/{requestId}/take", null)).OkJsonAsync();
        Assert.Equal("InProgress", taken.GetProperty("status").GetString());
        await designer.GetJsonAsync($"/api/models/{sketch}");
        var version = await designer.UploadSampleAsync("enclosure_lid.stl", $"/api/design-requests/{requestId}/versions");
        var versionId = version.GetProperty("model").Id();
        Assert.Equal("Design", version.GetProperty("model").GetProperty("origin").GetString());

        await (await globex.GetAsync($"/api/design-requests/{requestId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await customer.PostAsJsonAsync($"/api/design-requests/{requestId}/accept", new { modelId = sketch })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var accepted = await customer.PostJsonAsync($"/api/design-requests/{requestId}/accept", new { modelId = versionId });
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(versionId, (await customer.GetJsonAsync($"/api/requirements/{requirement.Id()}")).Id("modelId"));
        Assert.Equal(versionId, (await customer.GetJsonAsync($"/api/design-requests/{requestId}")).GetProperty("versions")[0].Id());
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync($"/api/models/{versionId}/file")).StatusCode);
    }

    [Fact]
    public async Task The_owner_protects_a_design_and_nobody_else_sees_it()
    {
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var demo = await globex.GetJsonAsync("/api/protected-designs");
        var gear = demo.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(DemoData.GlobexId, gear.Id("ownerOrganizationId"));
        Assert.Equal("NotPrintableByOthers", gear.GetProperty("licence").GetString());
        await (await acme.GetAsync($"/api/protected-designs/{gear.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await acme.GetJsonAsync("/api/protected-designs")).GetProperty("total").GetInt32());

        var licensed = await globex.PutJsonAsync($"/api/protected-designs/{gear.Id()}/licence",
            new { licence = "ListedLicensees", licenseeOrganizationIds = new[] { DemoData.AcmeId } });
        Assert.Equal([DemoData.AcmeId], licensed.GetProperty("licenseeOrganizationIds").EnumerateArray().Select(e => e.GetGuid()));
        var problem = await (await globex.PutAsJsonAsync($"/api/protected-designs/{gear.Id()}/licence",
            new { licence = "RoyaltyPerPart", royaltyCurrency = "XXX" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["royaltyCurrency", "royaltyPerPart"], problem.ErrorFields().Order());

        // Acme cannot register Globex's model, and registers its own.
        await (await acme.PostAsJsonAsync("/api/protected-designs", new { modelId = gear.Id("modelId"), name = "stolen", terms = new { licence = "NotPrintableByOthers" } }))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        var mine = (await acme.UploadSampleAsync("phone_stand.stl")).GetProperty("model").Id();
        var registered = await acme.PostJsonAsync("/api/protected-designs",
            new { modelId = mine, name = "Acme phone stand", terms = new { licence = "RoyaltyPerPart", royaltyPerPart = 1.5, royaltyCurrency = "EUR" } }, HttpStatusCode.Created);
        Assert.Equal(64, registered.GetProperty("canonicalSha256").GetString()!.Length);
        await (await acme.PostAsJsonAsync("/api/protected-designs", new { modelId = mine, name = "twice", terms = new { licence = "NotPrintableByOthers" } }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
