using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>
/// A node's own way to the PostgreSQL server: a loopback TCP relay, so that a test can cut a node off the database the way
/// a kill -9 does. <see cref="Kill"/> resets every connection at once (the server rolls back their open transactions and
/// drops their advisory locks) and refuses new ones; nothing of the node's own clean-up reaches the database.
/// </summary>
public sealed class PostgresProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private readonly string _serverHost;
    private readonly int _serverPort;
    private readonly Task _accepting;
    private bool _killed;

    public PostgresProxy(string connectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        _serverHost = server.Host ?? "127.0.0.1";
        _serverPort = server.Port;
        _listener.Start();
        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port,
        }.ConnectionString;
        _accepting = AcceptAsync();
    }

    /// <summary>The node's connection string: the same database, through this relay.</summary>
    public string ConnectionString { get; }

    /// <summary>Cuts the node off: every connection reset, no new one accepted.</summary>
    public void Kill()
    {
        lock (_gate)
        {
            _killed = true;
            _listener.Stop();
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0); // RST, as when the process dies
                client.Dispose();
            }
            _open.Clear();
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var outbound = new TcpClient { NoDelay = true };
            inbound.NoDelay = true;
            try
            {
                await outbound.ConnectAsync(_serverHost, _serverPort);
            }
            catch (SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }
            lock (_gate)
            {
                if (_killed)
                {
                    inbound.Dispose();
                    outbound.Dispose();
                    return;
                }
                _open.Add(inbound);
                _open.Add(outbound);
            }
            _ = RelayAsync(inbound, outbound);
            _ = RelayAsync(outbound, inbound);
        }
    }

    private async Task RelayAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var source = from.GetStream();
            var target = to.GetStream();
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The other side went, or the relay was killed.
        }
        lock (_gate)
        {
            from.Dispose();
            to.Dispose();
            _open.Remove(from);
            _open.Remove(to);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _accepting;
    }
}
