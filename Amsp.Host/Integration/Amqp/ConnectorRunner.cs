using Amsp.Integration.Erp;

namespace Amsp.Host.Integration.Amqp;

/// <summary>
/// Keeps one long-running task per enabled connector of a kind (a consumer, a subscription): started for a connector
/// that appears, stopped for one that goes, restarted when its settings or secrets change. The list is read again every
/// minute; a task that ends by itself (a failure) is started again on the next reading.
/// </summary>
internal sealed partial class ConnectorRunner(IConnectorDirectory directory, string kind, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);

    public async Task RunAsync(Func<ConnectorEndpoint, CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        var running = new Dictionary<Guid, (ConnectorEndpoint Connector, CancellationTokenSource Stop, Task Task)>();
        using var timer = new PeriodicTimer(Refresh, time);
        try
        {
            do
            {
                IReadOnlyList<ConnectorEndpoint> connectors;
                try
                {
                    connectors = await directory.ListAsync(kind, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogListFailed(logger, e, kind);
                    continue;
                }
                foreach (var (id, entry) in running.ToList())
                {
                    var now = connectors.FirstOrDefault(c => c.Id == id);
                    if (now is null || !Same(now, entry.Connector) || entry.Task.IsCompleted)
                    {
                        await StopAsync(entry.Stop, entry.Task);
                        running.Remove(id);
                    }
                }
                foreach (var connector in connectors.Where(c => !running.ContainsKey(c.Id)))
                {
                    var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    running[connector.Id] = (connector, stop, Task.Run(() => GuardAsync(run, connector, stop.Token), CancellationToken.None));
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var entry in running.Values)
            {
                await StopAsync(entry.Stop, entry.Task);
            }
        }
    }

    private async Task GuardAsync(Func<ConnectorEndpoint, CancellationToken, Task> run, ConnectorEndpoint connector, CancellationToken ct)
    {
        try
        {
            await run(connector, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogFailed(logger, e, kind, connector.Name);
        }
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task task)
    {
        await stop.CancelAsync();
        await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }

    private static bool Same(ConnectorEndpoint a, ConnectorEndpoint b) =>
        a.SettingsJson == b.SettingsJson && a.Secrets.SequenceEqual(b.Secrets) && a.OrganizationId == b.OrganizationId;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} connectors could not be listed; trying again in a minute")]
    private static partial void LogListFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Kind} connector {Connector} stopped; started again within a minute")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind, string connector);
}
