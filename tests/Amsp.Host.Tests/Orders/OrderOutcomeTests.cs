using System.Net;
using System.Net.Http.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>One test per outcome of the order activities, through the shipped workflow over HTTP.</summary>
public sealed class OrderOutcomeTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task An_invalid_requirement_is_corrected_and_resubmitted_on_the_same_order()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        object Wrong(Guid m) => OrderFlows.Requirement(m, material: "Titanium",
            dimensions: [new { name = "length", nominal = 500.0, upperDeviation = 0.2, lowerDeviation = -0.2 }]);
        var order = await customer.OrderSampleAsync("bracket.stl", Wrong);
        Assert.Equal("Invalid", order.Status());
        var reasons = order.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains("Titanium", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("larger than the part", StringComparison.Ordinal));
        await (await customer.PostAsync($"/api/orders/{order.Number()}/quotes/{Guid.NewGuid()}/accept", null)).AssertProblemAsync(HttpStatusCode.Conflict);

        var requirement = order.Id("requirementId");
        var model = (await customer.GetJsonAsync($"/api/requirements/{requirement}")).Id("modelId");
        await customer.PutJsonAsync($"/api/requirements/{requirement}", OrderFlows.Requirement(model, material: "PLA"));
        var again = await customer.PostJsonAsync($"/api/orders/{order.Number()}/resubmit", new { });
        Assert.Equal(order.Number(), again.Number());
        Assert.Equal("Quoted", again.Status());
        Assert.Equal(["Requested", "Invalid", "Requested", "Quoted"], again.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
    }

    [Theory]
    [InlineData(true, "Quoted")]
    [InlineData(false, "Rejected")]
    public async Task A_near_match_waits_for_a_reviewer_who_decides(bool clear, string end)
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderAsync(MeshVariants.StretchedX("spur_gear.stl", 1.1f), "gear-like.stl");
        Assert.Equal("OnHold", order.Status());

        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var pending = await operatorClient.GetJsonAsync("/api/copyright-reviews?status=Pending&pageSize=200");
        var review = pending.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("orderNumber").GetString() == order.Number());
        Assert.InRange(review.GetProperty("similarity").GetDouble(), 0.9, 0.97);
        Assert.Equal("spur_gear.stl", review.GetProperty("protectedModel").GetProperty("originalName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync($"/api/copyright-reviews/{review.Id()}/models/protected/file")).StatusCode);
        await (await customer.GetAsync("/api/copyright-reviews")).AssertProblemAsync(HttpStatusCode.Forbidden);

        await operatorClient.PostJsonAsync($"/api/copyright-reviews/{review.Id()}/decision", new { clear, note = clear ? "a different gear" : "a stretched copy" });
        var after = await customer.GetJsonAsync($"/api/orders/{order.Number()}");
        Assert.Equal(end, after.Status());
        await (await operatorClient.PostAsJsonAsync($"/api/copyright-reviews/{review.Id()}/decision", new { clear })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_model_with_holes_is_repaired_into_a_new_version_and_quoted()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderAsync(MeshVariants.WithoutTriangles("bracket.stl", 10, 400), "bracket-holes.stl");
        Assert.Equal("Quoted", order.Status());
        var repaired = order.Id("repairedModelId");
        var actions = order.GetProperty("repair").GetProperty("actions").EnumerateArray().ToList();
        Assert.Contains(actions, a => a.GetProperty("action").GetString() == "fillHoles" && a.GetProperty("count").GetInt32() == 2);
        var versions = await customer.GetJsonAsync($"/api/models/{repaired}/versions");
        Assert.Equal(["Upload", "Repair"], versions.EnumerateArray().Select(v => v.GetProperty("origin").GetString()));
        var file = await customer.GetAsync($"/api/models/{repaired}/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(84 + (50 * 800), (await file.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task The_customer_rejects_the_quotes()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("phone_stand.stl");
        var rejected = await customer.PostJsonAsync($"/api/orders/{order.Number()}/reject", new { });
        Assert.Equal("Rejected", rejected.Status());
        Assert.All(rejected.GetProperty("quotes").EnumerateArray(), q => Assert.Equal("Rejected", q.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_customer_cancels_before_accepting_and_the_instance_is_cancelled()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("enclosure_lid.stl");
        var cancelled = await customer.PostJsonAsync($"/api/orders/{order.Number()}/cancel", new { reason = "ordered elsewhere" });
        Assert.Equal("Cancelled", cancelled.Status());
        Assert.Equal("ordered elsewhere", cancelled.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString());
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var instance = await operatorClient.GetJsonAsync($"/api/workflow-instances/{cancelled.GetProperty("instanceId").GetString()}");
        Assert.Equal("Cancelled", instance.GetProperty("instance").GetProperty("status").GetString());
        await (await customer.PostAsync($"/api/orders/{order.Number()}/cancel", null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
