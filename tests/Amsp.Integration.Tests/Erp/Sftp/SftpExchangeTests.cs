using System.Xml.Linq;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Sftp;
using Amsp.Integration.Tests.Erp.Amqp;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Integration.Tests.Erp.Sftp;

[Trait("Category", "Brokers")]
public sealed class SftpExchangeTests(SshServer server) : IClassFixture<SshServer>
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 10, 15, 30, 250, TimeSpan.Zero);
    private readonly Guid organization = Guid.NewGuid();
    private readonly string folder = "exchange-" + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task An_export_is_renamed_into_place_complete_and_the_watermark_follows()
    {
        SshServer.Require();
        var (settings, connector) = Settings();
        using var client = await SftpSessions.ConnectAsync(settings, connector, default);
        Assert.Null(await SftpOrderExport.ReadWatermarkAsync(client, settings, default));

        var name = await SftpOrderExport.WriteAsync(client, settings, [Row("AMSP-2026-000001", "Printing"), Row("AMSP-2026-000002", "Shipped, late \"today\"")], At, At.AddMinutes(-1), default);

        Assert.Equal("orders_20261129T101530250Z.csv", name);
        var outbound = Path.Combine(server.Root, folder, "outbound");
        Assert.Equal(["orders_20261129T101530250Z.csv"], Directory.GetFiles(outbound).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
        Assert.DoesNotContain(Directory.GetFiles(outbound), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var lines = await File.ReadAllLinesAsync(Path.Combine(outbound, name!));
        Assert.Equal(string.Join(',', ErpOrderRow.Columns), lines[0]);
        Assert.Equal("AMSP-2026-000001,1,2026-11-01T08:00:00Z,2026-11-29T09:00:00Z,Printing,Acme GmbH,Print Centre,Bracket,PA12,PBF-LB/P,10,12.50,125.00,EUR,2026-12-15,", lines[1]);
        Assert.StartsWith("AMSP-2026-000002,1,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",\"Shipped, late \"\"today\"\"\",", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal(At.AddMinutes(-1), await SftpOrderExport.ReadWatermarkAsync(client, settings, default));
    }

    [SkippableFact]
    public async Task An_xml_export_carries_the_same_columns_as_elements()
    {
        SshServer.Require();
        var (settings, connector) = Settings(format: "xml");
        using var client = await SftpSessions.ConnectAsync(settings, connector, default);

        var name = await SftpOrderExport.WriteAsync(client, settings, [Row("AMSP-2026-000003", "Delivered")], At, At, default);

        var xml = XDocument.Load(Path.Combine(server.Root, folder, "outbound", name!));
        XNamespace ns = OrderFileWriter.XmlNamespace;
        var order = Assert.Single(xml.Root!.Elements(ns + "order"));
        Assert.Equal("AMSP-2026-000003", order.Element(ns + "order_number")!.Value);
        Assert.Equal("125.00", order.Element(ns + "total")!.Value);
        Assert.Null(order.Element(ns + "delivered_at"));
    }

    [SkippableFact]
    public async Task A_confirmation_file_is_applied_line_by_line_and_archived_while_unfinished_files_wait()
    {
        SshServer.Require();
        var (settings, connector) = Settings();
        var inbound = Inbound();
        await File.WriteAllTextAsync(Path.Combine(inbound, "confirmations_1.csv"),
            "order_number,step,decision,reason,reference\r\nAMSP-2026-000001,order,confirm,,SO-1\r\nAMSP-2026-000002,shipment,reject,\"damaged, resend\",SO-2\r\n");
        await File.WriteAllTextAsync(Path.Combine(inbound, ".confirmations_2.csv.tmp"), "order_number,step,dec");
        await File.WriteAllTextAsync(Path.Combine(inbound, "confirmations_3.csv.part"), "order_number,step,dec");
        var confirmations = new RecordingConfirmations("AMSP-2026-000001", "AMSP-2026-000002");
        using var client = await SftpSessions.ConnectAsync(settings, connector, default);

        var result = await new SftpConfirmationImport(confirmations, new FakeTimeProvider(At)).ImportAsync(client, settings, connector, default);

        var file = Assert.Single(result);
        Assert.Equal($"{folder}/archive/confirmations_1.csv", file.MovedTo);
        Assert.Empty(file.Reasons);
        Assert.True(File.Exists(Path.Combine(server.Root, folder, "archive", "confirmations_1.csv")));
        Assert.Equal([".confirmations_2.csv.tmp", "confirmations_3.csv.part"], Directory.GetFiles(inbound).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                new ErpConfirmationCommand(organization, "AMSP-2026-000001", "order", true, null, "SO-1", ErpConfirmationSource.Sftp, $"sftp:{connector.Id}:confirmations_1.csv:2", $"sftp {connector.Name}: confirmations_1.csv"),
                new ErpConfirmationCommand(organization, "AMSP-2026-000002", "shipment", false, "damaged, resend", "SO-2", ErpConfirmationSource.Sftp, $"sftp:{connector.Id}:confirmations_1.csv:3", $"sftp {connector.Name}: confirmations_1.csv"),
            ],
            confirmations.Applied);
    }

    [SkippableFact]
    public async Task A_malformed_file_goes_to_error_with_its_reasons_line_by_line_and_nothing_applied()
    {
        SshServer.Require();
        var (settings, connector) = Settings();
        await File.WriteAllTextAsync(Path.Combine(Inbound(), "bad.csv"),
            "order_number,step,decision\nAMSP-2026-000001,order,confirm\nAMSP-2026-000002,order,maybe\n,order,confirm\nAMSP-2026-000003,order\n");
        var confirmations = new RecordingConfirmations("AMSP-2026-000001", "AMSP-2026-000002");
        using var client = await SftpSessions.ConnectAsync(settings, connector, default);

        var result = await new SftpConfirmationImport(confirmations, TimeProvider.System).ImportAsync(client, settings, connector, default);

        Assert.Equal($"{folder}/error/bad.csv", Assert.Single(result).MovedTo);
        Assert.Empty(confirmations.Applied);
        var reason = await File.ReadAllLinesAsync(Path.Combine(server.Root, folder, "error", "bad.csv.reason.txt"));
        Assert.Equal(
            ["line 3: decision must be 'confirm' or 'reject', not 'maybe'.", "line 4: order_number is required (at most 200 characters).", "line 5: 2 fields, the header has 3."],
            reason);
        Assert.Empty(Directory.GetFiles(Inbound()));
    }

    [SkippableFact]
    public async Task Lines_the_service_refuses_send_the_file_to_error_after_the_others_were_applied()
    {
        SshServer.Require();
        var (settings, connector) = Settings();
        await File.WriteAllTextAsync(Path.Combine(Inbound(), "mixed.csv"), "order_number,step,decision\nAMSP-2026-000001,order,confirm\nAMSP-2026-000404,order,confirm\n");
        var confirmations = new RecordingConfirmations("AMSP-2026-000001");
        using var client = await SftpSessions.ConnectAsync(settings, connector, default);

        await new SftpConfirmationImport(confirmations, TimeProvider.System).ImportAsync(client, settings, connector, default);

        Assert.Single(confirmations.Applied);
        Assert.Equal(["The other 1 line(s) were applied.", "line 3: not applied (NotFound): Order AMSP-2026-000404 was not found."],
            await File.ReadAllLinesAsync(Path.Combine(server.Root, folder, "error", "mixed.csv.reason.txt")));
    }

    [SkippableFact]
    public async Task A_server_with_another_host_key_is_refused_before_logging_in()
    {
        SshServer.Require();
        var pinned = "SHA256:" + Convert.ToBase64String(new byte[32]).TrimEnd('=');
        var connector = server.Connector(organization, hostKey: pinned);
        var settings = ConnectorSettings.Require<SftpSettings>(connector, s => s.Check());

        var refused = await Assert.ThrowsAsync<SftpExchangeException>(() => SftpSessions.ConnectAsync(settings, connector, default));

        Assert.Contains($"presented host key {server.HostKeySha256}", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"not the pinned {pinned}", refused.Message, StringComparison.Ordinal);
    }

    private (SftpSettings, ConnectorEndpoint) Settings(string format = "csv")
    {
        var connector = server.Connector(organization, format: format);
        var settings = ConnectorSettings.Require<SftpSettings>(connector, s => s.Check()) with
        {
            OutboundFolder = $"{folder}/outbound", InboundFolder = $"{folder}/inbound", ArchiveFolder = $"{folder}/archive", ErrorFolder = $"{folder}/error",
        };
        return (settings, connector);
    }

    private string Inbound() => Directory.CreateDirectory(Path.Combine(server.Root, folder, "inbound")).FullName;

    private static ErpOrderRow Row(string number, string status) => new(
        number, 1, new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero), status, "Acme GmbH",
        "Print Centre", "Bracket", "PA12", "PBF-LB/P", 10, 12.5m, 125m, "EUR", new DateOnly(2026, 12, 15), null);
}
