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

    /// <summary>Waits up to 5 s for <paramref name="server"/> to accept connections on <paramref name="port"/>; fails with its stderr if it exits first.</summary>
    public static async Task WaitForListenerAsync(Process server, int port, string name)
    {
        for (var attempt = 0; attempt < 100; attempt++)
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
        throw new InvalidOperationException($"{name} did not listen on {port}: {await server.StandardError.ReadToEndAsync()}");
    }
}
