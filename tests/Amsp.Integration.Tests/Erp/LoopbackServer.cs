using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Amsp.Integration.Tests.Erp;

/// <summary>What the tests' real servers (sshd, mosquitto) share: a free loopback port, and waiting until one listens.</summary>
public static class LoopbackServer
{
    /// <summary>A port no one listens on now (the OS's pick for a listener opened and closed at once).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Waits for <paramref name="server"/> to accept connections on <paramref name="port"/>, up to 30 s (a start on a busy
    /// machine can take seconds); fails with its stderr if it does not.
    /// </summary>
    public static async Task WaitForListenerAsync(Process server, int port, string name)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (!server.HasExited)
            {
                await Task.Delay(50);
            }
        }
        // Stopped before its output is read: a server still running would never end it.
        if (!server.HasExited)
        {
            server.Kill();
        }
        throw new InvalidOperationException($"{name} did not listen on {port}: {await server.StandardError.ReadToEndAsync()}");
    }
}
