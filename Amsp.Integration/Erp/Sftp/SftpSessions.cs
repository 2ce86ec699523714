using Renci.SshNet;
using Renci.SshNet.Common;

namespace Amsp.Integration.Erp.Sftp;

/// <summary>A server that could not be reached or refused us: wrong host key, login refused, network.</summary>
public sealed class SftpExchangeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Opens SFTP sessions to a connector's server with its host key pinned: a server whose key's SHA-256 fingerprint is
/// not the one in the settings is refused before any credential is sent.
/// </summary>
public static class SftpSessions
{
    public static async Task<SftpClient> ConnectAsync(SftpSettings settings, ConnectorEndpoint connector, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(connector);
        var secret = connector.Secrets.Count > 0 ? connector.Secrets[0] : throw new SftpExchangeException($"Connector '{connector.Name}' has no secret (private key or password).");
        AuthenticationMethod auth;
        if (secret.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            using var key = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(secret));
            auth = new PrivateKeyAuthenticationMethod(settings.Username, new PrivateKeyFile(key));
        }
        else
        {
            auth = new PasswordAuthenticationMethod(settings.Username, secret);
        }
        var info = new ConnectionInfo(settings.Host, settings.Port, settings.Username, auth) { Timeout = TimeSpan.FromSeconds(15) };
        var client = new SftpClient(info) { OperationTimeout = TimeSpan.FromSeconds(60) };
        var expected = HostKeyFingerprint.Normalize(settings.HostKeySha256);
        string? seen = null;
        client.HostKeyReceived += (_, e) =>
        {
            seen = e.FingerPrintSHA256;
            e.CanTrust = expected is not null && string.Equals(HostKeyFingerprint.Normalize(e.FingerPrintSHA256), expected, StringComparison.Ordinal);
        };
        try
        {
            await client.ConnectAsync(ct);
            return client;
        }
        catch (SshConnectionException e) when (seen is not null && HostKeyFingerprint.Normalize(seen) != expected)
        {
            client.Dispose();
            throw new SftpExchangeException(
                $"The SFTP server {settings.Host}:{settings.Port} presented host key SHA256:{seen}, not the pinned SHA256:{expected}; refused to connect.", e);
        }
        catch (Exception e) when (e is SshException or System.Net.Sockets.SocketException or TimeoutException or IOException)
        {
            client.Dispose();
            throw new SftpExchangeException($"The SFTP server {settings.Host}:{settings.Port} could not be used: {e.Message}", e);
        }
    }

    /// <summary>Creates the folder and its parents when missing.</summary>
    public static async Task EnsureFolderAsync(SftpClient client, string folder, CancellationToken ct)
    {
        var path = folder.StartsWith('/') ? "" : null;
        foreach (var part in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = path is null ? part : path + "/" + part;
            if (!await client.ExistsAsync(path, ct))
            {
                await client.CreateDirectoryAsync(path, ct);
            }
        }
    }
}
