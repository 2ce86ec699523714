using System.Net;
using Amsp.Host.Integration.Sftp;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Integration.Tests.Erp.Sftp;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Amsp.Host.Tests.Integration.Sftp;

/// <summary>An organization's SFTP connector made over the API, and the host's scheduled file exchange run on demand.</summary>
public static class SftpExchangeRuns
{
    /// <summary>
    /// The connector a person of <paramref name="organization"/> adds for its ERP's account on <paramref name="server"/>:
    /// the host key pinned, the account's private key as the secret, the folders under <paramref name="folder"/>.
    /// </summary>
    public static async Task<Guid> AddSftpConnectorAsync(this HttpClient person, Guid organization, SshServer server, string folder)
    {
        var made = await person.PostJsonAsync($"/api/organizations/{organization}/connectors", new
        {
            kind = "sftp", name = $"erp-files-{folder}", secret = server.ClientKey,
            settings = new
            {
                host = "127.0.0.1", port = server.Port, username = Environment.UserName, hostKeySha256 = server.HostKeySha256,
                outboundFolder = $"{folder}/outbound", inboundFolder = $"{folder}/inbound", archiveFolder = $"{folder}/archive", errorFolder = $"{folder}/error",
            },
        }, HttpStatusCode.Created);
        return made.GetProperty("connector").Id();
    }

    /// <summary>
    /// Fires the Quartz job <c>erp.sftp-exchange</c> now, as its schedule would, and waits until it has run: the
    /// import and export of every enabled SFTP connector, through the host's own scheduler, scopes and database.
    /// </summary>
    public static async Task RunSftpExchangeAsync(this AmspHostFixture host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var runs = new JobRuns(SftpExchangeJob.Key);
        scheduler.ListenerManager.AddJobListener(runs, []);
        try
        {
            await scheduler.TriggerJob(SftpExchangeJob.Key);
            await runs.WhenCountAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            scheduler.ListenerManager.RemoveJobListener(runs.Name);
        }
    }
}
