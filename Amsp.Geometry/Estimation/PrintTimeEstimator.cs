using Amsp.Geometry.Analysis;
using Amsp.Geometry.Slicing;

namespace Amsp.Geometry.Estimation;

/// <summary>
/// Estimates the machine time of printing one part, from its geometry and the process family's parameters. The part is
/// printed as it lies (+Z up, from its lowest point); orient it first. Lengths are millimetres.
/// </summary>
public static class PrintTimeEstimator
{
    /// <summary>Estimates the print time of <paramref name="mesh"/> with the given process parameters.</summary>
    /// <param name="mesh">A closed, outward-oriented mesh in millimetres (repair it first).</param>
    /// <param name="parameters"><see cref="MexParameters"/>, <see cref="PowderBedParameters"/>, <see cref="VatParameters"/> or <see cref="VolumeRateParameters"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range, or the part needs too many layers.</exception>
    public static PrintTimeEstimate Estimate(Mesh mesh, ProcessParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        return parameters switch
        {
            MexParameters p => MexTimeModel.Estimate(mesh, p),
            PowderBedParameters p => PowderBed(mesh, p),
            VatParameters p => Vat(mesh, p),
            VolumeRateParameters p => VolumeRate(mesh, p),
            _ => throw new ArgumentException($"No time model for {parameters.GetType().Name}.", nameof(parameters)),
        };
    }

    private static PrintTimeEstimate PowderBed(Mesh mesh, PowderBedParameters p)
    {
        var slices = MeshSlicer.Slice(mesh, p.LayerHeight);
        double area = 0, contours = 0;
        for (var i = 0; i < slices.Count; i++)
        {
            area += Math.Max(0, slices[i].Area);
            contours += slices[i].ContourLength;
        }

        var scanning = (area / (p.ScanSpeed * p.HatchSpacing)) + (contours * p.ContourScans / p.ScanSpeed);
        return PrintTimeEstimate.Create("PBF", slices.Count, area * p.LayerHeight,
            new TimeShare(PrintFeatures.Scanning, scanning),
            new TimeShare(PrintFeatures.Recoating, slices.Count * p.RecoatTime),
            new TimeShare(PrintFeatures.HeatUpCoolDown, p.HeatUpTime + p.CoolDownTime));
    }

    private static PrintTimeEstimate Vat(Mesh mesh, VatParameters p)
    {
        var slices = MeshSlicer.Slice(mesh, p.LayerHeight);
        double exposure = 0, area = 0;
        for (var i = 0; i < slices.Count; i++)
        {
            var a = Math.Max(0, slices[i].Area);
            area += a;
            exposure += p.ScanRate > 0 ? a / p.ScanRate : i < p.BottomLayers ? p.BottomExposureTime : p.ExposureTime;
        }

        return PrintTimeEstimate.Create("VPP", slices.Count, area * p.LayerHeight,
            new TimeShare(PrintFeatures.Exposure, exposure),
            new TimeShare(PrintFeatures.Lift, slices.Count * p.LiftTime));
    }

    private static PrintTimeEstimate VolumeRate(Mesh mesh, VolumeRateParameters p)
    {
        var (min, max) = MeshCheck.BoundingBox(mesh);
        var layers = LayerPlan.Uniform(max.Z - min.Z, p.LayerHeight).Count;
        var volume = Math.Abs(MeshVolume(mesh));
        return PrintTimeEstimate.Create(p.Process, layers, volume,
            new TimeShare(PrintFeatures.Deposition, volume / p.VolumeRate * 3600),
            new TimeShare(PrintFeatures.Overhead, p.SetupTime + (layers * p.LayerTime)));
    }

    /// <summary>Signed volume (divergence theorem), positive for an outward mesh.</summary>
    private static double MeshVolume(Mesh mesh)
    {
        var idx = mesh.Indices;
        double sum = 0;
        for (var i = 0; i < idx.Length; i += 3)
        {
            sum += Vec3.Dot(mesh.Vertex(idx[i]), Vec3.Cross(mesh.Vertex(idx[i + 1]), mesh.Vertex(idx[i + 2])));
        }

        return sum / 6;
    }
}
