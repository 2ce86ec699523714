using Amsp.Domain.Requirements;

namespace Amsp.Domain.Production;

/// <summary>
/// Inspection plans and verdicts. The plan holds every critical dimension of the requirement with its deviations, the
/// part's overall dimensions under the requirement's ISO 2768-1 class, and a visual check; the verdict passes when every
/// line does, and is never typed in.
/// </summary>
public static class InspectionPlans
{
    // ISO 2768-1 permissible deviations (±, mm) for linear sizes, by nominal range; null where the class has none.
    private static readonly decimal[] RangeUpTo = [3m, 6m, 30m, 120m, 400m, 1000m, 2000m, 4000m];
    private static readonly decimal?[] Fine = [0.05m, 0.05m, 0.1m, 0.15m, 0.2m, 0.3m, 0.5m, null];
    private static readonly decimal?[] Medium = [0.1m, 0.1m, 0.2m, 0.3m, 0.5m, 0.8m, 1.2m, 2m];
    private static readonly decimal?[] Coarse = [0.2m, 0.3m, 0.5m, 0.8m, 1.2m, 2m, 3m, 4m];
    private static readonly decimal?[] VeryCoarse = [null, 0.5m, 1m, 1.5m, 2.5m, 4m, 6m, 8m];

    public const string VisualCheck = "Visual check";

    /// <summary>The ± deviation ISO 2768-1 allows a linear size in that class, or null where it gives none (below 0.5 mm, over 4 m, v under 3 mm).</summary>
    public static decimal? GeneralDeviation(GeneralTolerance tolerance, decimal nominalMm)
    {
        if (nominalMm < 0.5m || nominalMm > 4000m)
        {
            return null;
        }
        var row = tolerance switch
        {
            GeneralTolerance.Fine => Fine,
            GeneralTolerance.Medium => Medium,
            GeneralTolerance.Coarse => Coarse,
            _ => VeryCoarse,
        };
        var index = Array.FindIndex(RangeUpTo, upTo => nominalMm <= upTo);
        return row[index];
    }

    /// <summary>The plan for a requirement whose part measures <paramref name="sizeMm"/> (x, y, z of its bounding box, in mm).</summary>
    public static List<InspectionCharacteristic> For(Requirement requirement, (double X, double Y, double Z) sizeMm)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var toMm = requirement.Units == LengthUnit.Inch ? 25.4m : 1m;
        var plan = requirement.CriticalDimensions.Select(d => new InspectionCharacteristic
        {
            Name = d.Name, Kind = CharacteristicKind.Critical, Nominal = d.Nominal * toMm,
            LowerDeviation = d.LowerDeviation * toMm, UpperDeviation = d.UpperDeviation * toMm,
        }).ToList();
        foreach (var (axis, size) in new[] { ("X", sizeMm.X), ("Y", sizeMm.Y), ("Z", sizeMm.Z) })
        {
            var nominal = Math.Round((decimal)size, 2);
            if (GeneralDeviation(requirement.GeneralTolerance, nominal) is { } deviation)
            {
                plan.Add(new InspectionCharacteristic
                {
                    Name = $"Overall size {axis}", Kind = CharacteristicKind.General, Nominal = nominal, LowerDeviation = -deviation, UpperDeviation = deviation,
                });
            }
        }
        plan.Add(new InspectionCharacteristic { Name = VisualCheck, Kind = CharacteristicKind.Visual });
        return plan;
    }

    /// <summary>Whether one line passes with what was entered; null while nothing is.</summary>
    public static bool? Judge(InspectionCharacteristic line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Kind == CharacteristicKind.Visual)
        {
            return line.Accepted;
        }
        if (line.Measured is not { } measured)
        {
            return null;
        }
        var deviation = measured - line.Nominal;
        return deviation >= line.LowerDeviation && deviation <= line.UpperDeviation;
    }
}
