using System.Text.Json.Serialization;

namespace Amsp.Domain.Catalog;

/// <summary>How a material's price is stated.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PricingBasis>))]
public enum PricingBasis
{
    /// <summary>Per cubic centimetre of material used.</summary>
    PerCm3,

    /// <summary>Per kilogram of material used (mass from the density).</summary>
    PerKg,
}

/// <summary>A material an AM centre offers, in the colours and layer heights it can print it.</summary>
public class Material
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>Commercial or generic name, e.g. <c>PLA</c>, <c>PA12</c>.</summary>
    public string Name { get; set; } = "";

    public ProcessCategory Process { get; set; }

    /// <summary>Density in g/cm³.</summary>
    public decimal Density { get; set; }

    public List<string> Colours { get; set; } = [];

    public PricingBasis PricingBasis { get; set; }

    /// <summary>Price per cm³ or per kg (see <see cref="PricingBasis"/>) in the centre's price-list currency.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>The thinnest wall the centre prints reliably in this material, in mm.</summary>
    public decimal MinWallThickness { get; set; }

    /// <summary>Layer heights offered, in mm.</summary>
    public List<decimal> LayerHeights { get; set; } = [];

    public bool Active { get; set; } = true;
}
