namespace Amsp.Integration.Erp.Sftp;

/// <summary>
/// An <c>sftp</c> connector's settings. The connector's secret is the account's private key (OpenSSH or PEM text,
/// starting with <c>-----BEGIN</c>) or else its password. Every default is the value used when the member is left out.
/// </summary>
public sealed record SftpSettings
{
    public string Host { get; init; } = "";

    /// <summary>Default 22.</summary>
    public int Port { get; init; } = 22;

    public string Username { get; init; } = "";

    /// <summary>The server's host key fingerprint, as <c>ssh-keygen -lf</c> prints it: <c>SHA256:&lt;base64&gt;</c>. Required: no connection to an unknown server.</summary>
    public string HostKeySha256 { get; init; } = "";

    /// <summary>The export's file format, <c>csv</c> or <c>xml</c>. Default csv.</summary>
    public string Format { get; init; } = "csv";

    /// <summary>Where order exports are written. Default <c>outbound</c>.</summary>
    public string OutboundFolder { get; init; } = "outbound";

    /// <summary>Where the ERP drops confirmation files. Default <c>inbound</c>.</summary>
    public string InboundFolder { get; init; } = "inbound";

    /// <summary>Where imported files are moved. Default <c>archive</c>.</summary>
    public string ArchiveFolder { get; init; } = "archive";

    /// <summary>Where refused files are moved with their reason. Default <c>error</c>.</summary>
    public string ErrorFolder { get; init; } = "error";

    /// <summary>A confirmation file larger than this is refused unread. Default 1 MiB.</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Whether the scheduled export runs for this connector. Default true.</summary>
    public bool Export { get; init; } = true;

    /// <summary>Whether confirmation files are imported. Default true.</summary>
    public bool Import { get; init; } = true;

    /// <summary>The reasons the settings (JSON) cannot be used; empty when they can.</summary>
    public static IReadOnlyList<string> Validate(string settingsJson)
    {
        var errors = new List<string>();
        if (ConnectorSettings.Read<SftpSettings>(settingsJson, ConnectorKinds.Sftp, errors) is { } settings)
        {
            errors.AddRange(settings.Check());
        }
        return errors;
    }

    /// <summary>The reasons these settings cannot be used.</summary>
    public IEnumerable<string> Check()
    {
        if (string.IsNullOrWhiteSpace(Host) || Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            yield return "host must be a host name or IP address.";
        }
        if (Port is < 1 or > 65535)
        {
            yield return "port must be between 1 and 65535.";
        }
        if (string.IsNullOrWhiteSpace(Username) || Username.Length > 100)
        {
            yield return "username is required (at most 100 characters).";
        }
        if (HostKeyFingerprint.Normalize(HostKeySha256) is not { Length: 43 })
        {
            yield return "hostKeySha256 must be the server's SHA-256 host key fingerprint as 'ssh-keygen -lf' prints it (SHA256: and 43 base64 characters).";
        }
        if (Format is not ("csv" or "xml"))
        {
            yield return $"format must be 'csv' or 'xml', not '{Format}'.";
        }
        foreach (var (name, folder) in new[] { ("outboundFolder", OutboundFolder), ("inboundFolder", InboundFolder), ("archiveFolder", ArchiveFolder), ("errorFolder", ErrorFolder) })
        {
            if (string.IsNullOrWhiteSpace(folder) || folder.Length > 300 || folder.Any(char.IsControl) || folder.Split('/').Contains(".."))
            {
                yield return $"{name} must be a folder path of at most 300 characters, without '..'.";
            }
        }
        if (MaxFileBytes is < 1024 or > 64 * 1024 * 1024)
        {
            yield return "maxFileBytes must be between 1024 and 67108864.";
        }
    }
}

/// <summary>SHA-256 host key fingerprints as OpenSSH prints them.</summary>
public static class HostKeyFingerprint
{
    /// <summary>The fingerprint's base64 part without prefix and padding (what SSH.NET's <c>FingerPrintSHA256</c> gives), or null.</summary>
    public static string? Normalize(string? fingerprint)
    {
        if (string.IsNullOrWhiteSpace(fingerprint))
        {
            return null;
        }
        var value = fingerprint.Trim();
        if (value.StartsWith("SHA256:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[7..];
        }
        value = value.TrimEnd('=');
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/') ? value : null;
    }
}
