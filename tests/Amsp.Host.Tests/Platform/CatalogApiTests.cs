using System.Net;
using System.Net.Http.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Platform;

public sealed class CatalogApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static object Material(string name = "ASA") => new
    {
        name, process = "MEX", density = 1.07, colours = new[] { "Black", "White" }, pricingBasis = "PerKg", unitPrice = 35,
        minWallThickness = 0.8, layerHeights = new[] { 0.2, 0.1 },
    };

    [Fact]
    public async Task A_manufacturer_keeps_the_centres_materials()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var created = await manufacturer.PostJsonAsync($"/api/organizations/{DemoData.CentreId}/materials", Material(), HttpStatusCode.Created);
        Assert.Equal([0.1m, 0.2m], created.GetProperty("layerHeights").EnumerateArray().Select(h => h.GetDecimal()));
        var id = created.Id();
        var changed = await manufacturer.PutJsonAsync($"/api/materials/{id}", Material("ASA-CF"));
        Assert.Equal("ASA-CF", changed.GetProperty("name").GetString());
        var list = await manufacturer.GetJsonAsync($"/api/organizations/{DemoData.CentreId}/materials");
        Assert.Contains(list.EnumerateArray(), m => m.Id() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await manufacturer.DeleteAsync($"/api/materials/{id}")).StatusCode);
        await (await manufacturer.GetAsync($"/api/materials/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Customers_see_the_offered_materials_without_prices_but_not_the_centres_own_list()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var offered = await customer.GetJsonAsync("/api/catalog/materials");
        Assert.Contains(offered.EnumerateArray(), m => m.GetProperty("name").GetString() == "PA12" && m.GetProperty("process").GetString() == "PBF-P");
        Assert.DoesNotContain("unitPrice", offered.GetRawText(), StringComparison.Ordinal);
        await (await customer.GetAsync($"/api/organizations/{DemoData.CentreId}/materials")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_material_data_is_400_naming_each_field()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var problem = await (await manufacturer.PostAsJsonAsync($"/api/organizations/{DemoData.CentreId}/materials",
            new { name = "X", process = "MEX", density = -1, colours = Array.Empty<string>(), pricingBasis = "PerKg", unitPrice = -2, minWallThickness = 0.8, layerHeights = new[] { 5 } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["colours", "density", "layerHeights", "unitPrice"], problem.ErrorFields().Order());
    }

    [Fact]
    public async Task A_printers_api_key_is_stored_encrypted_and_never_returned()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        const string key = "octoprint-secret-key-0123456789";
        var printer = await manufacturer.PostJsonAsync($"/api/organizations/{DemoData.CentreId}/printers", new
        {
            name = "Octo 1", process = "MEX", buildVolume = new { x = 250, y = 210, z = 220 }, loadedMaterialId = DemoData.PlaId, loadedColour = "Red",
            controller = "OctoPrint", baseUrl = "http://octopi.local", apiKey = key, hourlyRate = 5.5,
            timeParameters = new { perimeters = 3, infillPercent = 15 },
        }, HttpStatusCode.Created);
        Assert.True(printer.GetProperty("hasApiKey").GetBoolean());
        Assert.DoesNotContain(key, printer.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, await (await manufacturer.GetAsync($"/api/printers/{printer.Id()}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Printers.SingleAsync(p => p.Id == printer.Id());
            Assert.NotNull(stored.ProtectedApiKey);
            Assert.DoesNotContain(key, stored.ProtectedApiKey, StringComparison.Ordinal);
            Assert.Equal(3, stored.TimeParameters.Perimeters);
        }
        // null keeps the key, an empty string removes it
        var kept = await manufacturer.PutJsonAsync($"/api/printers/{printer.Id()}", new
        {
            name = "Octo 1", process = "MEX", buildVolume = new { x = 250, y = 210, z = 220 }, controller = "OctoPrint", baseUrl = "http://octopi.local",
        });
        Assert.True(kept.GetProperty("hasApiKey").GetBoolean());
        var removed = await manufacturer.PutJsonAsync($"/api/printers/{printer.Id()}", new
        {
            name = "Octo 1", process = "MEX", buildVolume = new { x = 250, y = 210, z = 220 }, controller = "OctoPrint", baseUrl = "http://octopi.local", apiKey = "",
        });
        Assert.False(removed.GetProperty("hasApiKey").GetBoolean());
    }

    [Fact]
    public async Task A_printer_cannot_load_a_material_of_another_process_or_colour()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var problem = await (await manufacturer.PostAsJsonAsync($"/api/organizations/{DemoData.CentreId}/printers", new
        {
            name = "Wrong", process = "MEX", buildVolume = new { x = 200, y = 200, z = 200 }, loadedMaterialId = DemoData.Pa12Id, controller = "Virtual",
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["loadedMaterialId"], problem.ErrorFields());
        problem = await (await manufacturer.PostAsJsonAsync($"/api/organizations/{DemoData.CentreId}/printers", new
        {
            name = "Wrong", process = "MEX", buildVolume = new { x = 200, y = 200, z = 200 }, loadedMaterialId = DemoData.PlaId, loadedColour = "Gold", controller = "OctoPrint",
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["baseUrl"], problem.ErrorFields());
    }

    [Fact]
    public async Task A_price_list_is_validated_and_kept_as_data()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var problem = await (await manufacturer.PostAsJsonAsync($"/api/organizations/{DemoData.CentreId}/price-lists", new
        {
            name = "Bad", currency = "EURO", setupFee = -1, machineHourlyRate = 3, marginPercent = 20, quoteValidityDays = 0,
            quantityDiscounts = new[] { new { minQuantity = 10, discountPercent = 120 } },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["currency", "quantityDiscounts", "quoteValidityDays", "setupFee"], problem.ErrorFields().Order());

        var list = await manufacturer.PostJsonAsync($"/api/organizations/{DemoData.CentreId}/price-lists", new
        {
            name = "Rush", currency = "JPY", setupFee = 2000, machineHourlyRate = 900, marginPercent = 30, quoteValidityDays = 7,
            postProcessing = new[] { new { kind = "Sanding", pricePerPart = 500 } },
            quantityDiscounts = new[] { new { minQuantity = 50, discountPercent = 10 }, new { minQuantity = 5, discountPercent = 2 } },
            pricingScript = "({ lines: [] })",
        }, HttpStatusCode.Created);
        Assert.Equal([5, 50], list.GetProperty("quantityDiscounts").EnumerateArray().Select(d => d.GetProperty("minQuantity").GetInt32()));
        Assert.Equal("Sanding", list.GetProperty("postProcessing")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Sites_belong_to_am_centres_only()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var problem = await (await admin.PostAsJsonAsync($"/api/organizations/{DemoData.AcmeId}/sites",
            new { name = "Garage", address = PlatformApi.Address() })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["organizationId"], problem.ErrorFields());
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var site = await manufacturer.PostJsonAsync($"/api/organizations/{DemoData.CentreId}/sites", new { name = "Annex", address = PlatformApi.Address("NL") }, HttpStatusCode.Created);
        Assert.Equal("Annex", (await manufacturer.GetJsonAsync($"/api/sites/{site.Id()}")).GetProperty("name").GetString());
    }
}
