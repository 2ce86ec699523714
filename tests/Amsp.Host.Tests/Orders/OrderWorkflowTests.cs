using System.Net;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>Every sample part through the shipped order workflow, over HTTP, to its proper end.</summary>
public sealed class OrderWorkflowTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    public static TheoryData<string> Printable => ["bracket.stl", "bracket.3mf", "enclosure_box.stl", "enclosure_lid.stl", "lattice_cube.stl", "phone_stand.stl", "vase.stl"];

    [Theory]
    [MemberData(nameof(Printable))]
    public async Task A_printable_sample_is_quoted_and_accepted(string sample)
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync(sample);
        Assert.Equal("Quoted", order.Status());
        Assert.Matches(@"^AMSP-\d{4}-\d{6}$", order.Number());
        var quote = Assert.Single(order.Offered());
        Assert.Equal(DemoData.CentreId, quote.Id("amCentreId"));
        var lines = quote.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(quote.GetProperty("total").GetDecimal(), lines.Sum(l => l.GetProperty("amount").GetDecimal()));
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "Material");
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "MachineTime");
        Assert.True(quote.GetProperty("leadTimeDays").GetInt32() >= 2);
        Assert.True(quote.GetProperty("estimate").GetProperty("machineHoursPerPart").GetDouble() > 0);

        var accepted = await customer.AcceptFirstAsync(order);
        Assert.Equal("Printing", accepted.Status());
        Assert.Equal(quote.Id(), accepted.Id("acceptedQuoteId"));
        Assert.Equal(["Requested", "Quoted", "Accepted", "Printing"], accepted.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task The_too_big_panel_is_unprintable_with_the_reason()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("too_big_panel.stl");
        Assert.Equal("Rejected", order.Status());
        Assert.Contains("fits no printer", order.GetProperty("reasons")[0].GetString());
        Assert.Empty(order.GetProperty("quotes").EnumerateArray());
    }

    [Fact]
    public async Task The_inch_part_waits_for_the_units_then_is_quoted_at_its_size_in_mm()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("tiny_inch_part.stl");
        Assert.Equal("OnHold", order.Status());
        Assert.Contains("inch", order.GetProperty("reasons")[0].GetString());
        var confirmed = await customer.PostJsonAsync($"/api/orders/{order.Number()}/units", new { units = "inch" });
        Assert.Equal("Quoted", confirmed.Status());
        var size = confirmed.GetProperty("analysis").GetProperty("mesh").GetProperty("sizeMm").EnumerateArray().Select(x => x.GetDouble()).ToList();
        Assert.Equal(25.4, size.Max(), 3);
    }

    [Fact]
    public async Task An_inch_part_stated_in_inches_is_scaled_without_asking()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("tiny_inch_part.stl", m => OrderFlows.Requirement(m, units: "inch"));
        Assert.Equal("Quoted", order.Status());
    }

    [Fact]
    public async Task The_spur_gear_infringes_for_acme_and_is_clear_for_its_owner()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var refused = await acme.OrderSampleAsync("spur_gear.stl");
        Assert.Equal("Rejected", refused.Status());
        Assert.Contains("protects", refused.GetProperty("reasons")[0].GetString());

        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        Assert.Equal("Quoted", (await globex.OrderSampleAsync("spur_gear.stl")).Status());
    }

    [Fact]
    public async Task The_am_centre_sees_the_orders_it_quoted_for_and_other_customers_see_nothing()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.OrderSampleAsync("bracket.stl");
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var listed = await manufacturer.GetJsonAsync("/api/orders?status=Quoted&pageSize=200");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), o => o.Number() == order.Number());
        Assert.Single((await manufacturer.GetJsonAsync($"/api/orders/{order.Number()}")).GetProperty("quotes").EnumerateArray());

        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        await (await globex.GetAsync($"/api/orders/{order.Number()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await globex.PostAsync($"/api/orders/{order.Number()}/reject", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(order.Number(), await (await globex.GetAsync("/api/orders")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
