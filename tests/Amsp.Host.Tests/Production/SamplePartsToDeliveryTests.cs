using Amsp.Domain.Identity;
using Amsp.Host.Platform.Production;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// Every printable sample part, in whatever material and process its cheapest quote chose, from upload to Delivered on
/// the virtual printers with the shipped workflow; the certificate and the trace agree with the order.
/// </summary>
[Trait("Category", "Production")]
public sealed class SamplePartsToDeliveryTests(ProductionHostFixture host) : IClassFixture<ProductionHostFixture>
{
    [Theory]
    [InlineData("enclosure_box.stl")]
    [InlineData("enclosure_lid.stl")]
    [InlineData("lattice_cube.stl")]
    [InlineData("phone_stand.stl")]
    [InlineData("vase.stl")]
    [InlineData("bracket.3mf")]
    public async Task A_sample_part_goes_from_upload_to_delivered(string sample)
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var inspector = await host.CreateClientAsAsync(AmspRoles.QualityInspector);
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var order = await customer.OrderSampleAsync(sample, m => OrderFlows.Requirement(m, quantity: 1));
        Assert.True(order.Status() == "Quoted", $"{sample}: {order.Status()} {order.GetProperty("reasons")}");
        var number = order.Number();
        await customer.AcceptFirstAsync(order);

        await host.PrintUntilPrintedAsync(customer, number);
        Assert.Equal("Inspecting", (await customer.OrderAsync(number)).Status());
        await inspector.InspectAsync(number, offset: 0m);
        var tracking = $"1Z{number.Replace("-", "", StringComparison.Ordinal)}";
        Assert.Equal("Shipped", (await manufacturer.PostJsonAsync($"/api/orders/{number}/shipment", new { carrier = "UPS", trackingNumber = tracking, packages = 1 })).Status());
        if (sample.EndsWith(".3mf", StringComparison.Ordinal))
        {
            // The carrier reports this one: a request signed with another secret is 404 and changes nothing; a signed one delivers.
            using var carrier = host.CreateClient();
            using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/carrier-callbacks/{tracking}/delivered");
            forged.Headers.Add("X-Carrier-Signature", CarrierCallbackHandler.Sign("not-the-secret", tracking));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await carrier.SendAsync(forged)).StatusCode);
            Assert.Equal("Shipped", (await customer.OrderAsync(number)).Status());
            using var signed = new HttpRequestMessage(HttpMethod.Post, $"/api/carrier-callbacks/{tracking}/delivered");
            signed.Headers.Add("X-Carrier-Signature", CarrierCallbackHandler.Sign(host.CarrierSecret, tracking));
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await carrier.SendAsync(signed)).StatusCode);
            Assert.Equal("Delivered", (await customer.OrderAsync(number)).Status());
        }
        else
        {
            Assert.Equal("Delivered", (await manufacturer.PostJsonAsync($"/api/orders/{number}/delivered", new { })).Status());
        }

        var trace = await customer.GetJsonAsync($"/api/orders/{number}/trace");
        var job = Assert.Single(trace.GetProperty("printJobs").EnumerateArray());
        Assert.Equal("Completed", job.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(job.GetProperty("slicer").GetString()));
        var certificate = Assert.Single(trace.GetProperty("certificates").EnumerateArray());
        using var pdf = await customer.GetAsync($"/api/orders/{number}/certificate");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal(certificate.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }
}
