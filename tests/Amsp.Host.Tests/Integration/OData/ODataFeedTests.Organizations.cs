using System.Net;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.OData;

/// <summary>Every set is scoped to the caller's organizations in the database query: no filter, key or expansion reaches around it.</summary>
public sealed partial class ODataFeedTests
{
    private static readonly string[] Sets = ["Orders", "OrderLines", "Quotes", "PrintJobs", "Inspections", "Certificates", "Shipments"];

    [Fact]
    public async Task A_customer_sees_nothing_of_another_organization_by_set_filter_key_or_expansion()
    {
        var data = await world.DataAsync();
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await world.CreateClientAsAsync(DemoUsers.OtherCustomer);
        var theirs = data.Globex;
        var theirQuote = theirs.GetProperty("quotes")[0].Id();

        foreach (var set in Sets)
        {
            var body = await (await acme.GetAsync($"/odata/{set}?$top=1000")).Content.ReadAsStringAsync();
            Assert.DoesNotContain(theirs.Number(), body, StringComparison.Ordinal);
            Assert.DoesNotContain(theirs.Id().ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(theirQuote.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty(Rows(await acme.GetJsonAsync($"/odata/Orders?$filter=Number eq '{theirs.Number()}' or CustomerId eq {theirs.GetProperty("organizationId").GetGuid()}")));
        Assert.Empty(Rows(await acme.GetJsonAsync($"/odata/Quotes?$filter=OrderId eq {theirs.Id()}")));
        Assert.Empty(Rows(await acme.GetJsonAsync($"/odata/PrintJobs?$filter=OrderId eq {theirs.Id()}")));
        await (await acme.GetAsync($"/odata/Orders({theirs.Id()})")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await acme.GetAsync($"/odata/Quotes({theirQuote})")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await acme.GetAsync($"/odata/OrderLines({theirQuote})")).AssertProblemAsync(HttpStatusCode.NotFound);

        // Globex sees its own order, made by the same centre, and none of Acme's.
        var own = Rows(await globex.GetJsonAsync("/odata/Orders?$expand=Quotes,PrintJobs"));
        Assert.Equal(theirs.Number(), Assert.Single(own).GetProperty("Number").GetString());
        Assert.All(own[0].GetProperty("PrintJobs").EnumerateArray(), j => Assert.Equal(theirs.Id(), j.GetProperty("OrderId").GetGuid()));
        await (await globex.GetAsync($"/odata/Orders({data.Delivered.Id()})")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(Rows(await globex.GetJsonAsync("/odata/Certificates")));
        Assert.Empty(Rows(await globex.GetJsonAsync("/odata/Shipments")));
    }

    [Fact]
    public async Task An_am_centre_sees_the_orders_it_makes_and_its_own_quotes_and_an_admin_sees_all()
    {
        var data = await world.DataAsync();
        using var manufacturer = await world.CreateClientAsAsync(AmspRoles.Manufacturer);
        var made = Numbers(await manufacturer.GetJsonAsync("/odata/Orders"));
        Assert.Contains(data.Delivered.Number(), made);
        Assert.Contains(data.Globex.Number(), made);
        Assert.All(data.Quoted, q => Assert.DoesNotContain(q.Number(), made));
        await (await manufacturer.GetAsync($"/odata/Orders({data.Quoted[0].Id()})")).AssertProblemAsync(HttpStatusCode.NotFound);
        // Its quote on an order it does not make is there; the order it belongs to is not expanded into view.
        var quote = Assert.Single(Rows(await manufacturer.GetJsonAsync($"/odata/Quotes?$filter=OrderId eq {data.Quoted[0].Id()}&$expand=Order")));
        Assert.True(!quote.TryGetProperty("Order", out var order) || order.ValueKind == System.Text.Json.JsonValueKind.Null, quote.ToString());

        using var admin = await world.CreateClientAsAsync(AmspRoles.Admin);
        var all = Numbers(await admin.GetJsonAsync("/odata/Orders?$top=1000"));
        Assert.Contains(data.Globex.Number(), all);
        Assert.All(data.Quoted, q => Assert.Contains(q.Number(), all));

        using var designer = await world.CreateClientAsAsync(AmspRoles.Designer);
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/odata/Orders")).StatusCode);
        using var anonymous = world.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/odata/Orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/odata/$metadata")).StatusCode);
    }
}
