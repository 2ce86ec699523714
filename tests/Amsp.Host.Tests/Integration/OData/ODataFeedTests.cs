using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.OData;

/// <summary>
/// The OData feed as an ERP pulls it, on SQLite through the real host: each query option, server paging, delta by
/// modification time, and the metadata document.
/// </summary>
[Trait("Category", "Production")]
public sealed partial class ODataFeedTests(ODataWorld world) : IClassFixture<ODataWorld>
{
    [Fact]
    public async Task The_service_document_and_metadata_describe_the_seven_sets_and_nothing_internal()
    {
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        var service = await acme.GetJsonAsync("/odata");
        string[] sets = ["Orders", "OrderLines", "Quotes", "PrintJobs", "Inspections", "Certificates", "Shipments"];
        Assert.Equal(sets.Order(), service.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).Order());

        using var response = await acme.GetAsync("/odata/$metadata");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";
        var schema = csdl.Descendants(edm + "Schema").Single(s => (string?)s.Attribute("Namespace") == "Amsp");
        Assert.Equal(sets.Order(), csdl.Descendants(edm + "EntitySet").Select(s => (string)s.Attribute("Name")!).Order());
        foreach (var type in schema.Elements(edm + "EntityType"))
        {
            Assert.Contains(type.Elements(edm + "Property"), p => (string?)p.Attribute("Name") == "ModifiedAt" && (string?)p.Attribute("Type") == "Edm.DateTimeOffset");
            Assert.Equal("Id", (string?)type.Element(edm + "Key")?.Element(edm + "PropertyRef")?.Attribute("Name"));
        }
        var order = schema.Elements(edm + "EntityType").Single(t => (string?)t.Attribute("Name") == "Order");
        Assert.Equal(["Certificates", "Inspections", "Lines", "PrintJobs", "Quotes", "Shipments"],
            order.Elements(edm + "NavigationProperty").Select(n => (string)n.Attribute("Name")!).Order());
        var text = csdl.ToString();
        Assert.DoesNotContain("ExecutionId", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FileKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("VerificationCode", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_select_and_orderby_run_on_the_callers_orders()
    {
        var data = await world.DataAsync();
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        var delivered = data.Delivered.Number();

        var one = Rows(await acme.GetJsonAsync($"/odata/Orders?$filter=Number eq '{delivered}'"));
        Assert.Equal(delivered, Assert.Single(one).GetProperty("Number").GetString());
        Assert.Equal("Delivered", one[0].GetProperty("Status").GetString());
        Assert.Equal(data.Delivered.Id(), one[0].GetProperty("Id").GetGuid());
        var quoted = Rows(await acme.GetJsonAsync("/odata/Orders?$filter=Status eq 'Quoted' and startswith(Number,'AMSP-')"));
        Assert.Equal(data.Quoted.Select(q => q.Number()).Order(), quoted.Select(r => r.GetProperty("Number").GetString()!).Order());

        var selected = Rows(await acme.GetJsonAsync($"/odata/Orders?$filter=Number eq '{delivered}'&$select=Number,Status"));
        Assert.Equal(["Number", "Status"], Assert.Single(selected).EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')).Order());

        var mine = Numbers(await acme.GetJsonAsync("/odata/Orders?$filter=Status ne 'Cancelled'&$orderby=Number desc"));
        Assert.Equal(mine.OrderDescending(StringComparer.Ordinal), mine);
        Assert.Equal(3, mine.Count);
        var byQuantity = Rows(await acme.GetJsonAsync("/odata/Orders?$filter=Status ne 'Cancelled'&$orderby=Quantity asc,Number desc&$select=Quantity"));
        Assert.Equal(byQuantity.Select(r => r.GetProperty("Quantity").GetInt32()).Order(), byQuantity.Select(r => r.GetProperty("Quantity").GetInt32()));
    }

    [Fact]
    public async Task Expand_brings_the_orders_lines_quotes_jobs_inspections_certificates_and_shipments()
    {
        var data = await world.DataAsync();
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        var order = await acme.GetJsonAsync($"/odata/Orders({data.Delivered.Id()})?$expand=Lines,Quotes,PrintJobs,Inspections,Certificates,Shipments");
        Assert.Equal(data.Delivered.Number(), order.GetProperty("Number").GetString());
        var line = Assert.Single(order.GetProperty("Lines").EnumerateArray());
        Assert.Equal(1, line.GetProperty("LineNumber").GetInt32());
        Assert.Equal(2, line.GetProperty("Quantity").GetInt32());
        var accepted = Assert.Single(order.GetProperty("Quotes").EnumerateArray(), q => q.GetProperty("Status").GetString() == "Accepted");
        Assert.Equal(accepted.GetProperty("Id").GetGuid(), line.GetProperty("Id").GetGuid());
        Assert.Equal(accepted.GetProperty("Total").GetDecimal(), line.GetProperty("Amount").GetDecimal());
        Assert.Equal(accepted.GetProperty("Total").GetDecimal(), accepted.GetProperty("Items").EnumerateArray().Sum(i => i.GetProperty("Amount").GetDecimal()));
        var jobs = order.GetProperty("PrintJobs").EnumerateArray().ToList();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Equal("Completed", j.GetProperty("Status").GetString()));
        Assert.Equal("Passed", Assert.Single(order.GetProperty("Inspections").EnumerateArray()).GetProperty("Status").GetString());
        Assert.True(Assert.Single(order.GetProperty("Certificates").EnumerateArray()).GetProperty("Passed").GetBoolean());
        Assert.Equal("JD014600006281", Assert.Single(order.GetProperty("Shipments").EnumerateArray()).GetProperty("TrackingNumber").GetString());

        // Back to the order from a related set, and a nested $select inside $expand.
        var quotes = Rows(await acme.GetJsonAsync($"/odata/Quotes?$filter=OrderId eq {data.Delivered.Id()}&$expand=Order($select=Number)"));
        Assert.All(quotes, q => Assert.Equal(data.Delivered.Number(), q.GetProperty("Order").GetProperty("Number").GetString()));
        var period = Rows(await acme.GetJsonAsync("/odata/Orders?$filter=CreatedAt ge 2026-01-01T00:00:00Z and CreatedAt lt 2027-01-01T00:00:00Z&$expand=Lines($select=Amount)"));
        Assert.Equal(3, period.Count(o => o.GetProperty("Status").GetString() != "Cancelled"));
        Assert.Single(period, o => o.GetProperty("Lines").GetArrayLength() == 1);
    }

    [Fact]
    public async Task Top_skip_count_and_server_paging_with_next_links_cover_every_row_once()
    {
        await world.DataAsync();
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        acme.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=2");
        const string filter = "$filter=Status eq 'Quoted' or Status eq 'Delivered'";
        var all = Numbers(await acme.GetJsonAsync($"/odata/Orders?{filter}&$orderby=Number&$top=10"));
        Assert.Equal(2, all.Count);

        using var first = await acme.GetAsync($"/odata/Orders?{filter}&$orderby=Number&$count=true");
        Assert.Equal("odata.maxpagesize=2", first.Headers.GetValues("Preference-Applied").Single());
        var page = await first.OkJsonAsync();
        Assert.Equal(3, page.GetProperty("@odata.count").GetInt64());
        var seen = Numbers(page);
        var next = page.GetProperty("@odata.nextLink").GetString()!;
        Assert.Contains("$skip=2", Uri.UnescapeDataString(next), StringComparison.Ordinal);
        var last = await acme.GetJsonAsync(next);
        Assert.False(last.TryGetProperty("@odata.nextLink", out _));
        seen.AddRange(Numbers(last));
        Assert.Equal(3, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);

        acme.DefaultRequestHeaders.Remove("Prefer");
        Assert.Equal(seen[1..2], Numbers(await acme.GetJsonAsync($"/odata/Orders?{filter}&$orderby=Number&$skip=1&$top=1")));
        var counted = await acme.GetJsonAsync($"/odata/Orders?{filter}&$count=true&$top=0");
        Assert.Equal(3, counted.GetProperty("@odata.count").GetInt64());
        Assert.Empty(Rows(counted));
    }

    [Fact]
    public async Task A_delta_pull_from_the_watermark_brings_exactly_what_changed_since()
    {
        await world.DataAsync();
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        using var pull = await acme.GetAsync("/odata/Orders");
        var watermark = DateTimeOffset.Parse(pull.Headers.GetValues("Amsp-Delta-Watermark").Single(), CultureInfo.InvariantCulture);
        Assert.Equal(world.Clock.GetUtcNow() - TimeSpan.FromMinutes(1), watermark);
        var since = Uri.EscapeDataString(watermark.ToString("O", CultureInfo.InvariantCulture));
        Assert.Empty(Rows(await acme.GetJsonAsync($"/odata/Orders?$filter=ModifiedAt ge {since}")));
        Assert.Empty(Rows(await acme.GetJsonAsync($"/odata/Quotes?$filter=ModifiedAt ge {since}")));

        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var order = await acme.OrderAsync(Cube.BinaryStl(30), "delta.stl", m => OrderFlows.Requirement(m, material: "PLA"));
        await acme.PostJsonAsync($"/api/orders/{order.Number()}/cancel", new { reason = "ERP test" });
        var changed = Rows(await acme.GetJsonAsync($"/odata/Orders?$filter=ModifiedAt ge {since}"));
        Assert.Equal(order.Number(), Assert.Single(changed).GetProperty("Number").GetString());
        Assert.Equal("Cancelled", changed[0].GetProperty("Status").GetString());
        Assert.True(changed[0].GetProperty("ModifiedAt").GetDateTimeOffset() >= watermark);
        // The quote was withdrawn by a bulk update, which stamps it too.
        var quote = Assert.Single(Rows(await acme.GetJsonAsync($"/odata/Quotes?$filter=ModifiedAt ge {since}")));
        Assert.Equal("Rejected", quote.GetProperty("Status").GetString());
        Assert.Equal(world.Clock.GetUtcNow(), quote.GetProperty("ModifiedAt").GetDateTimeOffset());
    }

    internal static List<JsonElement> Rows(JsonElement page) => [.. page.GetProperty("value").EnumerateArray()];

    internal static List<string> Numbers(JsonElement page) => [.. Rows(page).Select(r => r.GetProperty("Number").GetString()!)];
}
