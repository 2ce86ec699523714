using System.Net;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;

namespace Amsp.Host.Tests.Platform;

/// <summary>
/// The demo host with one thing of every kind on each side of an organization boundary: "own" things belong to the
/// demo users' organizations (Acme, the Demo AM Centre, the platform), "other" things to Globex and a second AM centre.
/// Route parameters are named after what they hold, so an endpoint added later finds its ids here by name.
/// </summary>
public sealed class TwoWorlds : AmspHostFixture, IAsyncLifetime
{
    public Dictionary<string, Guid> Own { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Guid> Other { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Things addressed by a key rather than an id (orders by their number), on each side.</summary>
    public Dictionary<string, string> OwnKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> OtherKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The organization the demo user of a role acts in, and an organization of the same kind they are not in.</summary>
    public static Guid OwnOrganization(string role) => DemoData.OrganizationOf(role);

    public Guid OtherOrganization(string role) => role switch
    {
        AmspRoles.Manufacturer or AmspRoles.QualityInspector or AmspRoles.Operator => Other["amCentre"],
        _ => DemoData.GlobexId,
    };

    public async Task InitializeAsync()
    {
        using var admin = await this.CreateClientAsAsync(AmspRoles.Admin);
        using var acme = await this.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await this.CreateClientAsAsync(DemoUsers.OtherCustomer);

        Own["site"] = DemoData.SiteId;
        Own["material"] = DemoData.PlaId;
        Own["printer"] = DemoData.MexPlaPrinterId;
        Own["priceList"] = DemoData.PriceListId;
        Own["model"] = (await acme.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();
        Own["requirement"] = (await acme.PostJsonAsync("/api/requirements", new { title = "own", modelId = Own["model"] }, HttpStatusCode.Created)).Id();
        Own["designRequest"] = (await acme.PostJsonAsync($"/api/requirements/{Own["requirement"]}/design-request", new { brief = "own" }, HttpStatusCode.Created)).Id();
        Own["protectedDesign"] = (await acme.PostJsonAsync("/api/protected-designs",
            new { modelId = Own["model"], name = "own", terms = new { licence = "NotPrintableByOthers" } }, HttpStatusCode.Created)).Id();

        var centre = (await admin.PostJsonAsync("/api/organizations",
            new { kind = "AmCentre", legalName = "Other AM Centre", address = PlatformApi.Address("FR") }, HttpStatusCode.Created)).Id();
        Other["amCentre"] = centre;
        Other["site"] = (await admin.PostJsonAsync($"/api/organizations/{centre}/sites", new { name = "other", address = PlatformApi.Address("FR") }, HttpStatusCode.Created)).Id();
        Other["material"] = (await admin.PostJsonAsync($"/api/organizations/{centre}/materials", new
        {
            name = "other", process = "MEX", density = 1.2, colours = new[] { "Black" }, pricingBasis = "PerKg", unitPrice = 20,
            minWallThickness = 1, layerHeights = new[] { 0.2 },
        }, HttpStatusCode.Created)).Id();
        Other["printer"] = (await admin.PostJsonAsync($"/api/organizations/{centre}/printers", new
        {
            name = "other", process = "MEX", buildVolume = new { x = 200, y = 200, z = 200 }, controller = "Virtual",
        }, HttpStatusCode.Created)).Id();
        Other["priceList"] = (await admin.PostJsonAsync($"/api/organizations/{centre}/price-lists", new
        {
            name = "other", currency = "EUR", setupFee = 1, machineHourlyRate = 1, marginPercent = 1, quoteValidityDays = 1,
        }, HttpStatusCode.Created)).Id();
        Other["model"] = (await globex.UploadSampleAsync("phone_stand.stl")).GetProperty("model").Id();
        Other["requirement"] = (await globex.PostJsonAsync("/api/requirements", new { title = "other", modelId = Other["model"] }, HttpStatusCode.Created)).Id();
        Other["designRequest"] = (await globex.PostJsonAsync($"/api/requirements/{Other["requirement"]}/design-request", new { brief = "other" }, HttpStatusCode.Created)).Id();
        Other["protectedDesign"] = (await globex.GetJsonAsync("/api/protected-designs")).GetProperty("items")[0].Id();

        // An order on each side: Acme's in PLA is quoted by the demo AM centre (so its people see it), Globex's asks for the
        // other centre's material, which no printer has loaded, so no centre of the demo users' ever sees it.
        var own = await acme.OrderAsync(Cube.BinaryStl(20), "own-order.stl", model => OrderFlows.Requirement(model, material: "PLA"));
        OwnKeys["orderNumber"] = own.Number();
        Own["quote"] = own.Offered()[0].Id();
        var other = await globex.OrderAsync(Cube.BinaryStl(20), "other-order.stl", model => OrderFlows.Requirement(model, material: "other"));
        OtherKeys["orderNumber"] = other.Number();
        Other["quote"] = Guid.NewGuid();
        // An ERP connector on each side (pointing at a closed loopback port), and an event of each side's order.
        Own["connector"] = (await acme.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors",
            new { kind = "webhook", name = "own", settings = new { url = "https://127.0.0.1:9/own" } }, HttpStatusCode.Created)).GetProperty("connector").Id();
        Other["connector"] = (await globex.PostJsonAsync($"/api/organizations/{DemoData.GlobexId}/connectors",
            new { kind = "webhook", name = "other", settings = new { url = "https://127.0.0.1:9/other" } }, HttpStatusCode.Created)).GetProperty("connector").Id();
        Own["event"] = (await admin.GetJsonAsync($"/api/integration/events?orderNumber={OwnKeys["orderNumber"]}")).GetProperty("items")[0].Id();
        Other["event"] = (await admin.GetJsonAsync($"/api/integration/events?orderNumber={OtherKeys["orderNumber"]}")).GetProperty("items")[0].Id();
        Own["order"] = own.Id();
        Other["order"] = other.Id();
        // Production of neither order has begun: both sides name ones that are not there.
        foreach (var kind in new[] { "orderLine", "printJob", "inspection", "certificate", "shipment" })
        {
            Own[kind] = Guid.NewGuid();
            Other[kind] = Guid.NewGuid();
        }
        // A machine client (an ERP's OAuth client) on each side.
        Own["machineClient"] = (await acme.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/machine-clients",
            new { displayName = "own ERP", scopes = new[] { "orders.read" } }, HttpStatusCode.Created)).GetProperty("client").Id();
        Other["machineClient"] = (await globex.PostJsonAsync($"/api/organizations/{DemoData.GlobexId}/machine-clients",
            new { displayName = "other ERP", scopes = new[] { "orders.read" } }, HttpStatusCode.Created)).GetProperty("client").Id();
        // Copyright reviews are the platform's: no organization has one another cannot see, so both sides name one that is not there.
        Own["review"] = Guid.NewGuid();
        Other["review"] = Guid.NewGuid();

        // Globex's request is taken by a designer of Globex's own, so it left the platform designers' queue.
        var me = await globex.GetJsonAsync("/api/auth/me");
        await admin.PutJsonAsync($"/api/organizations/{DemoData.GlobexId}/members/{me.GetProperty("id").GetString()}", new { roles = new[] { "Customer", "Designer" } });
        using var globexDesigner = await this.CreateClientAsAsync(DemoUsers.OtherCustomer);
        await (await globexDesigner.PostAsync($"/api/design-requests/{Other["designRequest"]}/take", null)).OkJsonAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
