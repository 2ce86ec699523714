using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;

namespace Amsp.Integration.Erp.Amqp;

/// <summary>
/// One connection per broker and account, shared by every publish and consumer of the process: AMQP connections are
/// costly (TCP + TLS + handshake) and meant to live long. The client recovers a dropped connection, its channels,
/// exchanges, queues and consumers by itself (automatic and topology recovery); a connection that cannot be opened is
/// forgotten, so the next call tries again.
/// </summary>
public sealed class AmqpConnections : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IConnection>>> connections = new(StringComparer.Ordinal);

    /// <summary>The connection for the connector's broker, opened on first use.</summary>
    public async Task<IConnection> GetAsync(AmqpSettings settings, ConnectorEndpoint connector, CancellationToken ct)
    {
        var password = connector.Secrets.Count > 0 ? connector.Secrets[0] : null;
        var key = settings.Uri + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password ?? "")));
        var lazy = connections.GetOrAdd(key, _ => new Lazy<Task<IConnection>>(() => OpenAsync(settings, password)));
        try
        {
            var connection = await lazy.Value.WaitAsync(ct);
            // A connection that dropped is being recovered by the client: keep it. One closed by the application is gone.
            if (connection.IsOpen || connection.CloseReason?.Initiator != ShutdownInitiator.Application)
            {
                return connection;
            }
            connections.TryRemove(new(key, lazy));
            return await GetAsync(settings, connector, ct);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            connections.TryRemove(new(key, lazy));
            throw;
        }
    }

    private static async Task<IConnection> OpenAsync(AmqpSettings settings, string? password)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(settings.Uri),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(5),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
            ClientProvidedName = "amsp",
        };
        if (password is not null)
        {
            factory.Password = password;
        }
        // Opened without the caller's token: the connection outlives the call that first needed it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await factory.CreateConnectionAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in connections.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            await lazy.Value.Result.DisposeAsync();
        }
        connections.Clear();
    }
}
