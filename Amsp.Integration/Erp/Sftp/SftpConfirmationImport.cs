using System.Globalization;
using System.Text;
using Renci.SshNet;
using Renci.SshNet.Sftp;

namespace Amsp.Integration.Erp.Sftp;

/// <summary>What became of one confirmation file.</summary>
/// <param name="File">The file's name in the inbound folder.</param>
/// <param name="MovedTo">Its path now (archive or error folder); null when it was left for the next run.</param>
/// <param name="Reasons">Why it went to the error folder, one per line.</param>
public sealed record ImportedFile(string File, string? MovedTo, IReadOnlyList<string> Reasons);

/// <summary>
/// Imports the confirmation files of a connector's inbound folder. Files still being written (names starting with a
/// dot or ending in <c>.tmp</c>, <c>.part</c>, <c>.filepart</c>) are skipped. Each <c>.csv</c> file is read, each line
/// applied through <see cref="IErpConfirmations"/>, and the file moved to the archive folder; a file that is too
/// large, not UTF-8, not a CSV file or has a malformed line goes to the error folder unapplied, and a file with lines
/// the service refused (order not found, conflict) goes there after its other lines were applied — each with
/// <c>&lt;name&gt;.reason.txt</c> giving the reasons line by line. A passing failure of the service leaves the file
/// in place for the next run (lines already applied are recognised by their key).
/// </summary>
public sealed class SftpConfirmationImport(IErpConfirmations confirmations, TimeProvider time)
{
    private static readonly string[] Unfinished = [".tmp", ".part", ".filepart", ".partial"];

    public async Task<IReadOnlyList<ImportedFile>> ImportAsync(SftpClient client, SftpSettings settings, ConnectorEndpoint connector, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        var inbound = settings.InboundFolder.TrimEnd('/');
        await SftpSessions.EnsureFolderAsync(client, inbound, ct);
        var files = new List<ISftpFile>();
        await foreach (var entry in client.ListDirectoryAsync(inbound, ct))
        {
            if (entry.IsRegularFile && !entry.Name.StartsWith('.') && !Unfinished.Any(s => entry.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                files.Add(entry);
            }
        }
        var results = new List<ImportedFile>();
        foreach (var file in files.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            results.Add(await ImportFileAsync(client, settings, connector, file, ct));
        }
        return results;
    }

    private async Task<ImportedFile> ImportFileAsync(SftpClient client, SftpSettings settings, ConnectorEndpoint connector, ISftpFile file, CancellationToken ct)
    {
        var errors = new List<string>();
        if (!file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Only .csv confirmation files are read.");
        }
        else if (file.Length > settings.MaxFileBytes)
        {
            errors.Add($"The file is {file.Length} bytes; at most {settings.MaxFileBytes} are read.");
        }
        IReadOnlyList<ConfirmationLine> lines = [];
        if (errors.Count == 0)
        {
            using var content = new MemoryStream();
            await client.DownloadFileAsync(file.FullName, content, ct);
            if (content.Length > settings.MaxFileBytes)
            {
                errors.Add($"The file grew to {content.Length} bytes while read; at most {settings.MaxFileBytes} are read.");
            }
            else if (Decode(content.ToArray()) is { } text)
            {
                lines = ConfirmationFile.Parse(text, errors);
            }
            else
            {
                errors.Add("The file is not UTF-8 text.");
            }
        }
        if (errors.Count == 0)
        {
            foreach (var line in lines)
            {
                // A passing failure throws out of here: the file stays in inbound for the next run.
                var outcome = await SftpConfirmationAdapter.ApplyAsync(confirmations, connector, file.Name, line, ct);
                if (outcome.Result is not (ErpConfirmationResult.Applied or ErpConfirmationResult.Duplicate))
                {
                    errors.Add($"line {line.Line}: not applied ({outcome.Result}): {outcome.Message}");
                }
            }
            if (errors.Count > 0)
            {
                errors.Insert(0, $"The other {lines.Count - errors.Count} line(s) were applied.");
            }
        }
        var folder = errors.Count == 0 ? settings.ArchiveFolder : settings.ErrorFolder;
        var target = await MoveAsync(client, file, folder.TrimEnd('/'), ct);
        if (errors.Count > 0)
        {
            using var reason = new MemoryStream(new UTF8Encoding(false).GetBytes(string.Join('\n', errors) + "\n"));
            await SftpOrderExport.UploadThenRenameAsync(client, folder.TrimEnd('/'), Path.GetFileName(target) + ".reason.txt", reason, ct, replace: true);
        }
        return new ImportedFile(file.Name, target, errors);
    }

    // A file of the same name already archived keeps its place: the newcomer gets the time appended.
    private async Task<string> MoveAsync(SftpClient client, ISftpFile file, string folder, CancellationToken ct)
    {
        await SftpSessions.EnsureFolderAsync(client, folder, ct);
        var target = $"{folder}/{file.Name}";
        if (await client.ExistsAsync(target, ct))
        {
            var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
            target = $"{folder}/{Path.GetFileNameWithoutExtension(file.Name)}_{stamp}{Path.GetExtension(file.Name)}";
        }
        await client.RenameFileAsync(file.FullName, target, ct);
        return target;
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
