using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Amsp.Reporting.Fonts;

/// <summary>
/// Serves DejaVu Sans (regular and bold) from this assembly's resources for every family PDFsharp asks for, so a
/// certificate renders the same on a bare container without system fonts, and never picks up a host's font.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static readonly EmbeddedFontResolver Instance = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>
    /// PDFsharp keeps one resolver per process and forbids changing it after first use; installing the same instance
    /// again is allowed, any other resolver already installed is a configuration error worth a clear message.
    /// </summary>
    public static void EnsureInstalled()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            return;
        lock (Gate)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
                return;
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is installed in this process; the certificates need the embedded DejaVu fonts.");
            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        // Any family maps to DejaVu: no document may depend on what the machine has installed.
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        if (faceName is not (Regular or Bold))
            throw new ArgumentException($"No embedded font face '{faceName}'.", nameof(faceName));
        var resource = $"Amsp.Reporting.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource {resource} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
