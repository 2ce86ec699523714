using System.Globalization;
using Amsp.Domain.Catalog;
using Amsp.Domain.Models;
using Amsp.Domain.Requirements;

namespace Amsp.Domain.Orders;

/// <summary>
/// What intake checks in a submitted requirement (ISO/ASTM 52901 and consistency), each failure worded for the
/// customer who corrects it: a model, a quantity from 1, a due date after today, a delivery address; each critical
/// dimension with its lower deviation below its upper one and no larger than the part can measure (the diagonal of its
/// bounding box, in the requirement's units); and a material, process and colour that some AM centre offers.
/// </summary>
public static class IntakeRules
{
    public static IReadOnlyList<string> Check(Requirement requirement, PartModel? model, IReadOnlyList<Material> offered, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(offered);
        var reasons = new List<string>();
        if (model is null)
        {
            reasons.Add("No model: upload the part's model, or accept a designer's version.");
        }
        if (requirement.Quantity is < 1 or > 1_000_000)
        {
            reasons.Add("The quantity must be from 1 to 1,000,000.");
        }
        if (requirement.DueDate is not { } due || due <= today)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"The due date must be after today ({today:yyyy-MM-dd})."));
        }
        if (string.IsNullOrWhiteSpace(requirement.DeliveryAddress.Country) || string.IsNullOrWhiteSpace(requirement.DeliveryAddress.City))
        {
            reasons.Add("A delivery address is needed.");
        }
        var diagonal = model is null ? double.PositiveInfinity : Math.Sqrt((model.SizeX * model.SizeX) + (model.SizeY * model.SizeY) + (model.SizeZ * model.SizeZ));
        var unit = requirement.Units == LengthUnit.Inch ? "in" : "mm";
        foreach (var d in requirement.CriticalDimensions)
        {
            if (d.LowerDeviation >= d.UpperDeviation)
            {
                reasons.Add($"Critical dimension '{d.Name}': the lower deviation ({d.LowerDeviation}) must be below the upper one ({d.UpperDeviation}).");
            }
            if ((double)(d.Nominal + d.UpperDeviation) > diagonal * 1.0001)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Critical dimension '{d.Name}' ({d.Nominal} {unit}) is larger than the part itself (at most {diagonal:0.###} {unit} across)."));
            }
        }
        reasons.AddRange(CheckOffer(requirement, offered));
        return reasons;
    }

    private static IEnumerable<string> CheckOffer(Requirement r, IReadOnlyList<Material> offered)
    {
        var candidates = offered.Where(m => m.Active).ToList();
        if (r.Process is { } process)
        {
            candidates = candidates.Where(m => m.Process == process).ToList();
            if (candidates.Count == 0)
            {
                yield return $"No AM centre offers the process {ProcessName(process)}.";
                yield break;
            }
        }
        if (r.Material is { } name)
        {
            candidates = candidates.Where(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (candidates.Count == 0)
            {
                yield return r.Process is null ? $"No AM centre offers the material '{name}'." : $"No AM centre offers '{name}' for {ProcessName(r.Process.Value)}.";
                yield break;
            }
        }
        if (candidates.Count == 0)
        {
            yield return "No AM centre offers any material yet.";
            yield break;
        }
        if (r.Colour is { } colour && !candidates.Any(m => m.Colours.Contains(colour, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"The colour '{colour}' is not offered for {(r.Material ?? "the materials asked for")}: choose one of "
                + string.Join(", ", candidates.SelectMany(m => m.Colours).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)) + ".";
        }
    }

    /// <summary>A material an order can be printed in: the process and material asked for (any when not stated) and the colour.</summary>
    public static bool Suits(Requirement r, Material m)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(m);
        return m.Active && (r.Process is null || m.Process == r.Process)
            && (r.Material is null || string.Equals(m.Name, r.Material, StringComparison.OrdinalIgnoreCase))
            && (r.Colour is null || m.Colours.Contains(r.Colour, StringComparer.OrdinalIgnoreCase));
    }

    public static string ProcessName(ProcessCategory process) => process switch
    {
        ProcessCategory.PbfP => "PBF-P",
        ProcessCategory.PbfLbM => "PBF-LB/M",
        _ => process.ToString().ToUpperInvariant(),
    };
}
