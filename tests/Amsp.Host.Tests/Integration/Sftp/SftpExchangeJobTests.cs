using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Integration.Inbound;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Amsp.Integration.Erp.Sftp;
using Amsp.Integration.Tests.Erp.Sftp;
using Microsoft.AspNetCore.Hosting;

namespace Amsp.Host.Tests.Integration.Sftp;

/// <summary>The host on a fake clock whose own SFTP schedule stays out of the way (a day apart): the tests fire the job.</summary>
public sealed class SftpJobHostFixture : ManualTimersHostFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Amsp:Erp:Sftp:Interval", "1.00:00:00");
    }
}

/// <summary>
/// The host's Quartz job <c>erp.sftp-exchange</c> against a real sshd on loopback, with the platform's database: the AM
/// centre's connector is made over the API, orders go through the real order flow, the ERP's side is the account's folders.
/// </summary>
[Trait("Category", "Brokers")]
public sealed class SftpExchangeJobTests(SftpJobHostFixture host, SshServer server) : IClassFixture<SftpJobHostFixture>, IClassFixture<SshServer>
{
    private readonly string folder = "job-" + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task The_orders_the_centre_makes_are_exported_once_settled_and_not_again_unchanged()
    {
        SshServer.Require();
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await customer.AcceptFirstAsync(await customer.OrderSampleAsync("bracket.stl"));
        await ConnectAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(31)); // past the export's settle time (30 s)

        await host.RunSftpExchangeAsync();

        var outbound = Path.Combine(server.Root, folder, "outbound");
        var file = Assert.Single(Directory.GetFiles(outbound, "orders_*"));
        Assert.Matches(@"orders_\d{8}T\d{9}Z\.csv$", file);
        Assert.Empty(Directory.GetFiles(outbound, "*.tmp"));
        Assert.True(File.Exists(Path.Combine(outbound, SftpOrderExport.WatermarkFile)));
        var lines = await File.ReadAllLinesAsync(file);
        var columns = lines[0].Split(',').Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        Assert.Equal(ErpOrderRow.Columns, lines[0].Split(','));
        var row = Assert.Single(lines.Skip(1), l => l.StartsWith(order.Number() + ",", StringComparison.Ordinal)).Split(',');
        var now = await customer.GetJsonAsync($"/api/orders/{order.Number()}");
        var accepted = now.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("status").GetString() == "Accepted");
        Assert.Equal(now.Status(), row[columns["status"]]);
        Assert.Equal("Acme Robotics GmbH", row[columns["customer"]]);
        Assert.Equal("Demo AM Centre B.V.", row[columns["am_centre"]]);
        Assert.Equal(accepted.GetProperty("total").GetDecimal(), decimal.Parse(row[columns["total"]], System.Globalization.CultureInfo.InvariantCulture));

        // Nothing changed since: the next run writes no file.
        await host.RunSftpExchangeAsync();
        Assert.Single(Directory.GetFiles(outbound, "orders_*"));
    }

    [SkippableFact]
    public async Task A_confirmation_file_resumes_the_waiting_order_and_is_archived()
    {
        SshServer.Require();
        var (customer, number) = await WaitingOrderAsync();
        using var _ = customer;
        await ConnectAsync();
        await DropAsync("confirmations_1.csv", $"order_number,step,decision,reason,reference\r\n{number},order,confirm,,SO-77\r\n");

        await host.RunSftpExchangeAsync();

        Assert.Equal("Printing", (await customer.GetJsonAsync($"/api/orders/{number}")).Status());
        Assert.True(File.Exists(Path.Combine(server.Root, folder, "archive", "confirmations_1.csv")));
        Assert.Empty(Directory.GetFiles(Path.Combine(server.Root, folder, "inbound")));
    }

    [SkippableFact]
    public async Task A_malformed_file_goes_to_error_with_its_reason_and_applies_none_of_its_lines()
    {
        SshServer.Require();
        var (customer, number) = await WaitingOrderAsync();
        using var _ = customer;
        await ConnectAsync();
        await DropAsync("confirmations_2.csv", $"order_number,step,decision,reason,reference\r\n{number},order,confirm,,SO-78\r\n{number},order,maybe,,SO-79\r\n");

        await host.RunSftpExchangeAsync();

        var error = Path.Combine(server.Root, folder, "error");
        Assert.True(File.Exists(Path.Combine(error, "confirmations_2.csv")));
        Assert.Contains("line 3: decision must be 'confirm' or 'reject', not 'maybe'.", await File.ReadAllLinesAsync(Path.Combine(error, "confirmations_2.csv.reason.txt")));
        Assert.Empty(Directory.GetFiles(Path.Combine(server.Root, folder, "inbound")));
        Assert.Equal("Accepted", (await customer.GetJsonAsync($"/api/orders/{number}")).Status());
    }

    private async Task ConnectAsync()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        await manufacturer.AddSftpConnectorAsync(DemoData.CentreId, server, folder);
    }

    private async Task DropAsync(string name, string content)
    {
        var inbound = Directory.CreateDirectory(Path.Combine(server.Root, folder, "inbound")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbound, name), content);
    }

    /// <summary>An accepted order waiting for the ERP, with the confirmation switched on as an analyst does.</summary>
    private async Task<(HttpClient Customer, string Number)> WaitingOrderAsync()
    {
        using (var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst))
        {
            await analyst.SwitchErpConfirmationOnAsync();
        }
        var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        JsonElement order = await customer.AcceptFirstAsync(await customer.OrderSampleAsync("bracket.stl", m => OrderFlows.Requirement(m, material: "PLA")));
        Assert.Equal("Accepted", order.Status());
        return (customer, order.Number());
    }
}
