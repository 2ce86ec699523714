namespace Amsp.Integration.Printers.Virtual;

/// <summary>One virtual printer of the farm.</summary>
public sealed class VirtualPrinterOptions
{
    /// <summary>The printer's name in its URL: {prefix}/{name}/api/…; letters, digits, '-' and '_'.</summary>
    public string Name { get; set; } = "";

    /// <summary>The key clients send as X-Api-Key (or Authorization: Bearer), as with OctoPrint.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>How many times faster than the G-code's estimate it prints: 600 turns an hour into 6 s. Default 1.</summary>
    public double Speed { get; set; } = 1;

    internal string? Validate() =>
        string.IsNullOrWhiteSpace(Name) || !Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? $"Virtual printer name '{Name}' must be letters, digits, '-' or '_'."
        : string.IsNullOrEmpty(ApiKey) ? $"Virtual printer '{Name}' needs an ApiKey."
        : !(Speed > 0 && double.IsFinite(Speed)) ? $"Virtual printer '{Name}': Speed must be a positive number."
        : null;
}

/// <summary>The virtual printers and their shared limits (section e.g. "Amsp:VirtualPrinters").</summary>
public sealed class VirtualPrinterFarmOptions
{
    /// <summary>The printers.</summary>
    public List<VirtualPrinterOptions> Printers { get; } = [];

    /// <summary>Largest G-code upload, checked before any of it is stored. Default 256 MB.</summary>
    public long MaxUploadBytes { get; set; } = 256L << 20;

    internal string? Validate() =>
        MaxUploadBytes <= 0 ? "MaxUploadBytes must be positive."
        : Printers.Select(p => p.Validate()).FirstOrDefault(e => e is not null)
          ?? (Printers.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice
              ? $"Virtual printer name '{twice.Key}' is used twice." : null);
}

/// <summary>Faults to inject into a virtual printer; a null property leaves that fault as it is.</summary>
/// <param name="FailAtPercent">The running and later prints fail when they reach this progress (0 &lt; x ≤ 100).</param>
/// <param name="Offline">Every API answer fails: 503, as from the reverse proxy in front of a dead OctoPrint.</param>
/// <param name="RefuseUploads">Uploads are answered 409.</param>
/// <param name="Reset">Clears all faults, the error state and the job: a freshly connected printer.</param>
public sealed record VirtualPrinterFaults(double? FailAtPercent = null, bool? Offline = null, bool? RefuseUploads = null, bool? Reset = null);
