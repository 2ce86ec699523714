using Amsp.Domain.Identity;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Integration.Sftp;
using Amsp.Integration.Tests.Erp.Sftp;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>
/// The ERP's file drop: a real OpenSSH server (sshd with internal-sftp) on a loopback port for the scenario, with a host
/// key and an account key made for it; the AM centre's SFTP connector pins the one and holds the other. The ERP's side
/// writes and reads the account's folders directly; the platform's side is its scheduled exchange job, fired now.
/// </summary>
[Binding]
public sealed class ErpFileSteps(Actors actors, Journey journey)
{
    private const string Folder = "erp";
    private SshServer? server;
    private Guid connector;
    private string file = "";

    private SshServer Server => server ?? throw new InvalidOperationException("No SFTP server runs in this scenario.");

    [Given(@"^the AM centre exchanges files with its ERP over SFTP$")]
    public async Task ExchangesFiles()
    {
        SshServer.Require();
        server = new SshServer();
        await server.InitializeAsync();
        connector = await (await actors.AsAsync("manufacturer")).AddSftpConnectorAsync(DemoData.CentreId, server, Folder);
    }

    [When(@"^the ERP drops a confirmation file for the order in the inbound folder$")]
    public async Task DropConfirmation()
    {
        file = $"confirmations_{journey.Number}.csv";
        var inbound = Directory.CreateDirectory(FolderPath("inbound")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbound, file), $"order_number,step,decision,reason,reference\r\n{journey.Number},order,confirm,,SO-4712\r\n");
    }

    [When(@"^the platform exchanges files with the ERP$")]
    public Task Exchange() => actors.Host.RunSftpExchangeAsync();

    [Then(@"^the confirmation file has moved from the inbound folder to the archive folder$")]
    public void Archived()
    {
        Assert.False(File.Exists(Path.Combine(FolderPath("inbound"), file)), $"{file} is still in the inbound folder.");
        Assert.True(File.Exists(Path.Combine(FolderPath("archive"), file)), $"{file} is not in the archive folder.");
        Assert.False(Directory.Exists(FolderPath("error")) && Directory.EnumerateFiles(FolderPath("error")).Any(), "A file went to the error folder.");
    }

    [AfterScenario]
    public Task StopAsync() => Task.Run(async () =>
    {
        if (server is null)
        {
            return;
        }
        using (var manufacturer = await actors.Host.CreateClientAsAsync(AmspRoles.Manufacturer))
        {
            (await manufacturer.DeleteAsync($"/api/organizations/{DemoData.CentreId}/connectors/{connector}")).EnsureSuccessStatusCode();
        }
        await server.DisposeAsync();
    });

    private string FolderPath(string name) => Path.Combine(Server.Root, Folder, name);
}
