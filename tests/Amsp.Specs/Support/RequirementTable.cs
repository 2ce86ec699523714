using System.Globalization;
using System.Text.RegularExpressions;
using Amsp.Host.Tests.Platform;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Support;

/// <summary>
/// A requirement written as a table of fields and values, in the words of ISO/ASTM 52901, over the defaults a customer
/// would leave as they are (a title, two parts, ISO 2768-m, a certificate of conformance, a due date, an address).
/// </summary>
public static partial class RequirementTable
{
    public static Dictionary<string, object?> Build(Guid? model, Table? table)
    {
        var requirement = new Dictionary<string, object?>
        {
            ["title"] = "Part", ["modelId"] = model, ["units"] = "mm", ["material"] = null, ["quantity"] = 2,
            ["generalTolerance"] = "m", ["criticalDimensions"] = new List<object>(), ["certificateLevel"] = "CertificateOfConformance",
            ["dueDate"] = "2099-06-30", ["deliveryAddress"] = PlatformApi.Address(),
        };
        foreach (var row in table?.Rows ?? Enumerable.Empty<TableRow>())
        {
            var value = row["value"];
            switch (row["field"].ToLowerInvariant())
            {
                case "title": requirement["title"] = value; break;
                case "material": requirement["material"] = value; break;
                case "units": requirement["units"] = value; break;
                case "colour": requirement["colour"] = value; break;
                case "quantity": requirement["quantity"] = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "general tolerance": requirement["generalTolerance"] = value; break;
                case "certificate": requirement["certificateLevel"] = value; break;
                case "due date": requirement["dueDate"] = value; break;
                case "notes": requirement["notes"] = value; break;
                case "critical dimension": ((List<object>)requirement["criticalDimensions"]!).Add(Dimension(value)); break;
                default: throw new ArgumentException($"The requirement has no field '{row["field"]}'.", nameof(table));
            }
        }
        return requirement;
    }

    /// <summary>"length 500 ±0.2 mm": a name, the nominal size and a symmetric tolerance.</summary>
    private static object Dimension(string text)
    {
        var match = DimensionPattern().Match(text);
        if (!match.Success)
        {
            throw new ArgumentException($"'{text}' is not a dimension such as 'length 500 ±0.2 mm'.", nameof(text));
        }
        var tolerance = double.Parse(match.Groups["tol"].Value, CultureInfo.InvariantCulture);
        return new
        {
            name = match.Groups["name"].Value, nominal = double.Parse(match.Groups["nominal"].Value, CultureInfo.InvariantCulture),
            upperDeviation = tolerance, lowerDeviation = -tolerance,
        };
    }

    [GeneratedRegex(@"^(?<name>\S+) (?<nominal>[\d.]+) ±(?<tol>[\d.]+) mm$")]
    private static partial Regex DimensionPattern();
}
