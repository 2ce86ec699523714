using Amsp.Geometry.Analysis;

namespace Amsp.Geometry.Slicing;

/// <summary>Cuts a mesh into layers: the closed contours of its cross-section at the middle of every layer.</summary>
public static class MeshSlicer
{
    /// <summary>
    /// Slices <paramref name="mesh"/> along +Z from its lowest point. Triangles are bucketed by the layers their z-range
    /// spans and the layers are chained in parallel, so the cost is one pass over the triangles plus the segments.
    /// </summary>
    /// <param name="mesh">The mesh, outward oriented (outer contours then run counter-clockwise and holes clockwise).</param>
    /// <param name="plan">The layers; the plate is at the mesh's lowest z.</param>
    public static Slices Slice(Mesh mesh, LayerPlan plan)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        ArgumentNullException.ThrowIfNull(plan);
        var (min, max) = MeshCheck.BoundingBox(mesh);
        var planes = new double[plan.Count];
        for (var i = 0; i < planes.Length; i++)
        {
            planes[i] = min.Z + plan.CutHeight(i);
        }

        var segments = SegmentBuckets.Cut(mesh, planes, out var starts);
        var layers = new ContourChainer.Result[plan.Count];
        Parallel.For(0, plan.Count, l => layers[l] = ContourChainer.Chain(segments, starts[l], starts[l + 1] - starts[l]));
        return Slices.Create(plan, min, max, layers);
    }

    /// <summary>Slices with uniform layers over the mesh's height.</summary>
    /// <param name="mesh">The mesh.</param>
    /// <param name="layerHeight">Layer thickness (mm).</param>
    /// <param name="firstLayerHeight">First layer thickness; <paramref name="layerHeight"/> when null.</param>
    public static Slices Slice(Mesh mesh, double layerHeight, double? firstLayerHeight = null)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var (min, max) = MeshCheck.BoundingBox(mesh);
        return Slice(mesh, LayerPlan.Uniform(max.Z - min.Z, layerHeight, firstLayerHeight));
    }
}
