namespace Amsp.Domain.Catalog;

/// <summary>
/// A printer's parameters for the print-time estimator. Each is optional: an unset value takes the estimator's
/// default for the printer's process (stated in docs/quoting.md). Extrusion settings apply to MEX, recoating to
/// powder-bed processes, exposure to vat photopolymerization.
/// </summary>
public class PrintTimeParameters
{
    /// <summary>MEX: extrusion line width, mm.</summary>
    public double? LineWidth { get; set; }

    /// <summary>MEX: number of perimeters.</summary>
    public int? Perimeters { get; set; }

    /// <summary>MEX: solid layers at the top and at the bottom.</summary>
    public int? SolidLayers { get; set; }

    /// <summary>MEX: sparse infill density, percent.</summary>
    public double? InfillPercent { get; set; }

    /// <summary>MEX: printing speed of perimeters, mm/s.</summary>
    public double? PerimeterSpeed { get; set; }

    /// <summary>MEX: printing speed of infill, mm/s.</summary>
    public double? InfillSpeed { get; set; }

    /// <summary>MEX: travel speed, mm/s.</summary>
    public double? TravelSpeed { get; set; }

    /// <summary>MEX: acceleration, mm/s².</summary>
    public double? Acceleration { get; set; }

    /// <summary>Time spent per layer besides printing it (layer change, recoat, peel), s.</summary>
    public double? SecondsPerLayer { get; set; }

    /// <summary>PBF: volume fused per hour, cm³/h.</summary>
    public double? FusionRate { get; set; }

    /// <summary>VPP: exposure time per layer, s.</summary>
    public double? ExposureSeconds { get; set; }

    /// <summary>Heat-up and cool-down per job, minutes.</summary>
    public double? WarmUpMinutes { get; set; }
}
