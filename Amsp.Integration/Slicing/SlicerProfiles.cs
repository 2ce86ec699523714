using System.Reflection;

namespace Amsp.Integration.Slicing;

/// <summary>
/// The default PrusaSlicer profiles shipped as data (Slicing/Profiles/*.ini, embedded): a generic 0.4 mm nozzle MEX
/// printer, 220 × 220 × 250 mm, 0.2 mm layers, 15 % infill, with PLA or PETG.
/// </summary>
public static class SlicerProfiles
{
    public const string Pla = "mex-0.4-pla", Petg = "mex-0.4-petg";

    /// <summary>The profile for a material name ("PLA", "PETG", "PLA+", "PETG-CF"…); unknown → PLA.</summary>
    public static SlicerProfile For(string material) => For(material, out _);

    /// <summary>As <see cref="For(string)"/>, with a note when the material has no profile of its own and PLA's was taken.</summary>
    public static SlicerProfile For(string material, out string? note)
    {
        var name = material?.Trim() ?? "";
        if (name.Contains("PETG", StringComparison.OrdinalIgnoreCase))
        {
            note = null;
            return Load(Petg);
        }
        note = name.Contains("PLA", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"No slicer profile for material '{name}'; sliced with the PLA profile.";
        return Load(Pla);
    }

    private static SlicerProfile Load(string name)
    {
        var resource = $"Amsp.Integration.Slicing.Profiles.{name}.ini";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The slicer profile {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return new SlicerProfile(name, reader.ReadToEnd());
    }
}
