using System.Globalization;
using System.Text;
using Renci.SshNet;

namespace Amsp.Integration.Erp.Sftp;

/// <summary>
/// Writes an order export to the connector's outbound folder under a temporary name (<c>.orders_….csv.tmp</c>, which
/// a reader skips) and renames it to <c>orders_&lt;yyyyMMddTHHmmssfffZ&gt;.csv</c> (or <c>.xml</c>) once complete, so a
/// reader never sees a half-written file. The watermark (the last change exported) is kept beside the exports in
/// <c>.amsp-export-watermark</c>, written only after the rename.
/// </summary>
public static class SftpOrderExport
{
    public const string WatermarkFile = ".amsp-export-watermark";

    /// <summary>The name of an export written at <paramref name="at"/>.</summary>
    public static string FileName(DateTimeOffset at, string format) =>
        $"orders_{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}.{format}";

    /// <summary>The last watermark written, or null before the first export.</summary>
    public static async Task<DateTimeOffset?> ReadWatermarkAsync(SftpClient client, SftpSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.OutboundFolder.TrimEnd('/') + "/" + WatermarkFile;
        if (!await client.ExistsAsync(path, ct))
        {
            return null;
        }
        using var content = new MemoryStream();
        await client.DownloadFileAsync(path, content, ct);
        var text = Encoding.UTF8.GetString(content.ToArray()).Trim();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value
            : throw new SftpExchangeException($"The export watermark {path} holds '{text}', not a time; fix or delete it.");
    }

    /// <summary>Writes the rows (none: no file) and then the watermark; returns the file's name.</summary>
    public static async Task<string?> WriteAsync(SftpClient client, SftpSettings settings, IReadOnlyList<ErpOrderRow> rows, DateTimeOffset at,
        DateTimeOffset watermark, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rows);
        var folder = settings.OutboundFolder.TrimEnd('/');
        await SftpSessions.EnsureFolderAsync(client, folder, ct);
        string? name = null;
        if (rows.Count > 0)
        {
            name = FileName(at, settings.Format);
            using var content = new MemoryStream();
            await OrderFileWriter.WriteAsync(content, settings.Format, rows, at);
            await UploadThenRenameAsync(client, folder, name, content, ct);
        }
        using var mark = new MemoryStream(Encoding.UTF8.GetBytes(watermark.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        await UploadThenRenameAsync(client, folder, WatermarkFile, mark, ct, replace: true);
        return name;
    }

    internal static async Task UploadThenRenameAsync(SftpClient client, string folder, string name, MemoryStream content, CancellationToken ct, bool replace = false)
    {
        var temporary = $"{folder}/.{name.TrimStart('.')}.tmp";
        content.Position = 0;
        await client.UploadFileAsync(content, temporary, ct);
        var final = $"{folder}/{name}";
        if (replace && await client.ExistsAsync(final, ct))
        {
            await client.DeleteFileAsync(final, ct);
        }
        await client.RenameFileAsync(temporary, final, ct);
    }
}
