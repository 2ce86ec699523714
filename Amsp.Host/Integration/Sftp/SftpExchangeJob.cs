using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Sftp;
using Microsoft.Extensions.Options;
using Quartz;

namespace Amsp.Host.Integration.Sftp;

/// <summary>The file exchange's schedule (<c>Amsp:Erp:Sftp</c>).</summary>
public sealed class SftpExchangeOptions
{
    public const string Section = "Amsp:Erp:Sftp";

    /// <summary>Between two exchanges (import, then export) with every SFTP connector. Default 5 minutes; zero turns them off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far behind the clock the export's cut-off stays, so an order changed by a transaction still open at the
    /// export (its time already taken) is not skipped by the watermark. Default 30 seconds.
    /// </summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// One exchange with every enabled SFTP connector: confirmation files imported first (so the export reflects them), then
/// the orders changed since the connector's watermark exported. Never two at once, across nodes too on a clustered store.
/// A connector that fails (server down, wrong host key) is logged and does not hold up the others.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SftpExchangeJob(IConnectorDirectory directory, IServiceScopeFactory scopes, SftpConfirmationImport import,
    IOptions<SftpExchangeOptions> options, TimeProvider time, ILogger<SftpExchangeJob> logger) : IJob
{
    public static readonly JobKey Key = new("sftp-exchange", "erp");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        foreach (var connector in await directory.ListAsync(ConnectorKinds.Sftp, cancellationToken))
        {
            try
            {
                await ExchangeAsync(connector, cancellationToken);
            }
            catch (Exception e) when (e is SftpExchangeException or InvalidConnectorSettingsException or Renci.SshNet.Common.SshException or IOException)
            {
                LogFailed(logger, e, connector.Name);
            }
        }
    }

    /// <summary>Imports, then exports, for one connector; returns the export's file name, if one was written.</summary>
    public async Task<string?> ExchangeAsync(ConnectorEndpoint connector, CancellationToken ct)
    {
        var settings = ConnectorSettings.Require<SftpSettings>(connector, s => s.Check());
        using var client = await SftpSessions.ConnectAsync(settings, connector, ct);
        if (settings.Import)
        {
            foreach (var file in await import.ImportAsync(client, settings, connector, ct))
            {
                LogImported(logger, file.File, connector.Name, file.MovedTo ?? "(left in place)", file.Reasons.Count);
            }
        }
        if (!settings.Export)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var upTo = now - options.Value.SettleTime;
        var after = await SftpOrderExport.ReadWatermarkAsync(client, settings, ct);
        IReadOnlyList<ErpOrderRow> rows;
        await using (var scope = scopes.CreateAsyncScope())
        {
            rows = await scope.ServiceProvider.GetRequiredService<SftpOrderRows>().ChangedAsync(connector.OrganizationId, after, upTo, ct);
        }
        // A full file moves the watermark only to its last order; the rest follow next time.
        var watermark = rows.Count == SftpOrderRows.MaxRows ? rows[^1].UpdatedAt : upTo;
        var name = await SftpOrderExport.WriteAsync(client, settings, rows, now, watermark, ct);
        LogExported(logger, rows.Count, connector.Name, name ?? "(none)");
        return name;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SFTP exchange with connector {Connector} failed; next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string connector);

    [LoggerMessage(Level = LogLevel.Information, Message = "Confirmation file {File} of connector {Connector} moved to {Target} ({Reasons} reason(s))")]
    private static partial void LogImported(ILogger logger, string file, string connector, string target, int reasons);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} order(s) exported to connector {Connector}: {File}")]
    private static partial void LogExported(ILogger logger, int count, string connector, string file);
}
