using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using ClosedXML.Excel;
using UglyToad.PdfPig;

namespace Amsp.Host.Tests.Production;

/// <summary>
/// An order from upload to Delivered with the shipped workflow: printed on the virtual printers over HTTP, inspected,
/// certified, shipped and delivered; the certificate read back and verified, the trace and the export checked.
/// </summary>
[Trait("Category", "Production")]
public sealed partial class OrderToDeliveryTests(ProductionHostFixture host) : IClassFixture<ProductionHostFixture>
{
    [Fact]
    public async Task The_bracket_is_printed_inspected_certified_shipped_and_delivered()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var inspector = await host.CreateClientAsAsync(AmspRoles.QualityInspector);
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var order = await customer.OrderSampleAsync("bracket.stl", m => ProductionFlows.Bracket(m));
        var number = order.Number();
        Assert.Equal("Printing", (await customer.AcceptFirstAsync(order)).Status());

        await host.PrintUntilPrintedAsync(customer, number);
        Assert.Equal("Inspecting", (await customer.OrderAsync(number)).Status());
        var queue = await inspector.GetJsonAsync("/api/inspections?status=Awaiting");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("orderNumber").GetString() == number);

        var inspected = await inspector.InspectAsync(number);
        Assert.Equal("Inspecting", inspected.Status());
        Assert.Equal("Shipped", (await manufacturer.PostJsonAsync($"/api/orders/{number}/shipment", new { carrier = "DHL", trackingNumber = "JD014600006281", packages = 1 })).Status());
        var delivered = await manufacturer.PostJsonAsync($"/api/orders/{number}/delivered", new { });
        Assert.Equal("Delivered", delivered.Status());
        Assert.Equal(["Requested", "Quoted", "Accepted", "Printing", "Inspecting", "Shipped", "Delivered"],
            delivered.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).Distinct());

        var trace = await customer.GetJsonAsync($"/api/orders/{number}/trace");
        var jobs = trace.GetProperty("printJobs").EnumerateArray().ToList();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Equal("Completed", j.GetProperty("status").GetString()));
        Assert.All(jobs, j => Assert.Matches("^[0-9a-f]{64}$", j.GetProperty("fileSha256").GetString()));
        var model = trace.GetProperty("models").EnumerateArray().Last();

        // The certificate: every field the order's, its code answers anonymously with the PDF's hash, another code is 404.
        using var pdfResponse = await customer.GetAsync($"/api/orders/{number}/certificate");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        var pdf = await pdfResponse.Content.ReadAsByteArrayAsync();
        string text;
        using (var document = PdfDocument.Open(pdf))
        {
            text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }
        Assert.Contains(number, text);
        Assert.Contains("CERT-" + number["AMSP-".Length..], text);
        Assert.Contains(model.GetProperty("sha256").GetString()!, text.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("Acme Robotics GmbH", text);
        Assert.Contains("Demo AM Centre B.V.", text);
        Assert.Contains("PLA", text);
        Assert.Contains("MEX", text);
        Assert.Contains("Hole spacing", text);
        Assert.Contains("40.01", text);
        Assert.Contains(DemoUsers.All.Single(u => u.Role == AmspRoles.QualityInspector).DisplayName, text);
        var code = VerifyLink().Match(text.Replace(" ", "", StringComparison.Ordinal)).Groups["code"].Value;
        Assert.Equal(16, code.Length);
        // The order names its part and carries the certificate with the code printed on it, for the customer's page.
        var certified = await customer.OrderAsync(number);
        Assert.Equal("Part", certified.GetProperty("part").GetString());
        Assert.Equal(code, certified.GetProperty("certificate").GetProperty("verificationCode").GetString());
        Assert.Equal("CERT-" + number["AMSP-".Length..], certified.GetProperty("certificate").GetProperty("number").GetString());
        Assert.True(certified.GetProperty("certificate").GetProperty("passed").GetBoolean());
        var listed = (await customer.GetJsonAsync("/api/orders")).GetProperty("items").EnumerateArray().Single(o => o.Number() == number);
        Assert.Equal("Part", listed.GetProperty("part").GetString());

        using var anonymous = host.CreateClient();
        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify/{code}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), verified.GetProperty("sha256").GetString());
        Assert.Equal("Passed", verified.GetProperty("verdict").GetString());
        Assert.Equal("Part", verified.GetProperty("part").GetString());
        var altered = (code[0] == 'A' ? 'B' : 'A') + code[1..];
        await anonymous.GetJsonAsync($"/api/certificates/verify/{altered}", HttpStatusCode.NotFound);

        // Nobody but the customer's organization and the centre's quality team downloads it.
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/orders/{number}/certificate")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manufacturer.GetAsync($"/api/orders/{number}/certificate")).StatusCode);
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        Assert.Equal(HttpStatusCode.NotFound, (await globex.GetAsync($"/api/orders/{number}/certificate")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await globex.GetAsync($"/api/orders/{number}/trace")).StatusCode);

        // The export holds the order with typed cells.
        using var xlsx = await customer.GetAsync("/api/orders/export.xlsx?status=Delivered");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == number);
        Assert.Equal(XLDataType.Number, row.Cells().First(c => sheet.Cell(1, c.Address.ColumnNumber).GetString().StartsWith("Quantity", StringComparison.Ordinal)).DataType);
        Assert.Equal(2, row.Cells().First(c => sheet.Cell(1, c.Address.ColumnNumber).GetString().StartsWith("Quantity", StringComparison.Ordinal)).GetValue<int>());
        Assert.Equal(XLDataType.DateTime, row.Cell(3).DataType);
        Assert.Contains("Delivered", row.Cells().Select(c => c.GetString()));
    }

    [GeneratedRegex("/api/certificates/verify/(?<code>[0-9A-Z]{16})")]
    private static partial Regex VerifyLink();
}
