using System.Globalization;
using System.Security.Cryptography;
using Amsp.Geometry.Estimation;

namespace Amsp.Integration.Printers.Virtual;

/// <summary>
/// The current job's G-code of a virtual printer: in a temporary file deleted when closed, with its SHA-256, the print
/// time its slicer estimated, and the temperatures it asks for.
/// </summary>
internal sealed class StoredGcode : IDisposable
{
    /// <summary>Without an estimate in the file, a print takes this long per megabyte (a plausible MEX rate).</summary>
    internal const double FallbackSecondsPerMegabyte = 60;

    /// <summary>Cura writes ";TIME:" in its header; only the head of the file is searched for it.</summary>
    private const int HeaderLines = 200;

    private readonly FileStream file;

    private StoredGcode(string name, FileStream file, long size, string sha256)
    {
        Name = name;
        this.file = file;
        Size = size;
        Sha256 = sha256;
    }

    public string Name { get; }
    public long Size { get; }
    public string Sha256 { get; }
    public double EstimatedSeconds { get; private set; }
    public double? ToolTemperature { get; private set; }
    public double? BedTemperature { get; private set; }

    /// <summary>Copies <paramref name="content"/> to a temporary file, hashing it; longer than <paramref name="maxBytes"/> is refused.</summary>
    /// <exception cref="InvalidDataException">The content is longer than the limit.</exception>
    public static async Task<StoredGcode> WriteAsync(string name, Stream content, long maxBytes, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"amsp-virtual-printer-{Guid.NewGuid():N}.gcode");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new InvalidDataException($"The file is larger than the limit of {maxBytes} bytes.");
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            var stored = new StoredGcode(name, file, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
            stored.ReadEstimates();
            return stored;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => file.Dispose();

    private void ReadEstimates()
    {
        file.Position = 0;
        double? seconds = null;
        try
        {
            seconds = PrusaSlicerGcodeSummary.Read(file).EstimatedTime?.TotalSeconds;
        }
        catch (FormatException)
        {
            // A damaged summary is no reason to refuse the file: a real printer would print it.
        }

        file.Position = 0;
        using var reader = new StreamReader(file, leaveOpen: true);
        for (var i = 0; i < HeaderLines && reader.ReadLine() is { } line; i++)
        {
            seconds ??= Number(line, ";TIME:");
            ToolTemperature ??= Command(line, "M104") ?? Command(line, "M109");
            BedTemperature ??= Command(line, "M140") ?? Command(line, "M190");
        }
        EstimatedSeconds = seconds is > 0 ? seconds.Value : Math.Max(1, Size / 1_048_576.0 * FallbackSecondsPerMegabyte);
    }

    private static double? Number(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal)
        && double.TryParse(line.AsSpan(prefix.Length).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0
            ? x : null;

    /// <summary>The S value of a temperature command such as "M104 S215 ; set temperature".</summary>
    private static double? Command(string line, string code)
    {
        if (!line.StartsWith(code + " ", StringComparison.Ordinal))
        {
            return null;
        }
        var s = line.Split(';')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(p => p.StartsWith('S'));
        return s is not null && double.TryParse(s.AsSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t > 0 ? t : null;
    }
}
