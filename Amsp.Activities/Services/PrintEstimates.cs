using Amsp.Domain.Catalog;
using Amsp.Geometry;
using Amsp.Geometry.Estimation;

namespace Amsp.Activities.Services;

/// <summary>
/// The print-time estimate of a part on a printer: the printer's parameters (<see cref="PrintTimeParameters"/>, each
/// unset one at the estimator's default for the process) and the layer height of the material closest to the
/// process's usual one, on the part turned as it fits the build volume.
/// </summary>
public static class PrintEstimates
{
    public static ProcessParameters ParametersFor(Printer printer, Material material)
    {
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(material);
        var t = printer.TimeParameters;
        switch (printer.Process)
        {
            case ProcessCategory.Mex:
                var mex = new MexParameters { LayerHeight = LayerHeight(material, 0.2) };
                return mex with
                {
                    LineWidth = t.LineWidth ?? mex.LineWidth,
                    Perimeters = t.Perimeters ?? mex.Perimeters,
                    TopLayers = t.SolidLayers ?? mex.TopLayers,
                    BottomLayers = t.SolidLayers ?? mex.BottomLayers,
                    InfillDensity = t.InfillPercent is { } infill ? infill / 100 : mex.InfillDensity,
                    PerimeterSpeed = t.PerimeterSpeed ?? mex.PerimeterSpeed,
                    InfillSpeed = t.InfillSpeed ?? mex.InfillSpeed,
                    TravelSpeed = t.TravelSpeed ?? mex.TravelSpeed,
                    Acceleration = t.Acceleration ?? mex.Acceleration,
                    LayerOverhead = t.SecondsPerLayer ?? mex.LayerOverhead,
                    StartOverhead = t.WarmUpMinutes is { } m ? m * 60 : mex.StartOverhead,
                };
            case ProcessCategory.PbfP or ProcessCategory.PbfLbM:
                var pbf = new PowderBedParameters { LayerHeight = LayerHeight(material, 0.1) };
                return pbf with
                {
                    RecoatTime = t.SecondsPerLayer ?? pbf.RecoatTime,
                    ScanSpeed = t.ScanSpeed ?? pbf.ScanSpeed,
                    HatchSpacing = t.HatchSpacing ?? pbf.HatchSpacing,
                    HeatUpTime = t.WarmUpMinutes is { } w ? w * 60 : pbf.HeatUpTime,
                };
            case ProcessCategory.Vpp:
                var vpp = new VatParameters { LayerHeight = LayerHeight(material, 0.05) };
                return vpp with { ExposureTime = t.ExposureSeconds ?? vpp.ExposureTime, LiftTime = t.SecondsPerLayer ?? vpp.LiftTime };
            default:
                return new VolumeRateParameters { Process = printer.Process.ToString(), LayerHeight = LayerHeight(material, 0.1) };
        }
    }

    /// <summary>
    /// Whether the process builds support structures under overhangs: the powder of powder-bed fusion of polymers and
    /// of binder jetting, and the stacked sheets of lamination, carry the part themselves.
    /// </summary>
    public static bool BuildsSupports(ProcessCategory process) =>
        process is not (ProcessCategory.PbfP or ProcessCategory.Bjt or ProcessCategory.Shl);

    /// <summary>The part turned so that the axis standing along the printer's Z (the orientation's third letter) is Z.</summary>
    public static Mesh Oriented(Mesh mesh, string axes)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        if (axes is "XYZ")
        {
            return mesh;
        }
        int[] from = [axes[0] - 'X', axes[1] - 'X', axes[2] - 'X'];
        // An odd permutation mirrors the part; turning one axis round makes it a rotation again.
        var odd = axes is "YXZ" or "XZY" or "ZYX";
        var source = mesh.Positions;
        var positions = new float[source.Length];
        for (var v = 0; v < mesh.VertexCount; v++)
        {
            for (var axis = 0; axis < 3; axis++)
            {
                positions[(v * 3) + axis] = source[(v * 3) + from[axis]];
            }
            if (odd)
            {
                positions[v * 3] = -positions[v * 3];
            }
        }
        return new Mesh(positions, mesh.VertexCount, mesh.Indices.ToArray(), mesh.TriangleCount);
    }

    private static double LayerHeight(Material material, double usual) =>
        material.LayerHeights.Count == 0 ? usual : (double)material.LayerHeights.MinBy(h => Math.Abs((double)h - usual));
}
