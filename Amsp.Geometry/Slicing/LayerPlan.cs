namespace Amsp.Geometry.Slicing;

/// <summary>
/// The layers of a print along the build direction: where each layer ends and how thick it is. A layer is cut at its
/// middle height, as slicers do, so a face lying exactly on a layer boundary never decides the cross-section.
/// </summary>
public sealed class LayerPlan
{
    /// <summary>The most layers a plan may hold; checked before anything proportional to it is allocated.</summary>
    public const int MaxLayers = 200_000;

    private readonly double[] _tops;
    private readonly double[] _thickness;

    private LayerPlan(double[] tops, double[] thickness)
    {
        _tops = tops;
        _thickness = thickness;
    }

    /// <summary>Number of layers.</summary>
    public int Count => _tops.Length;

    /// <summary>Top of each layer, measured from the build plate.</summary>
    public ReadOnlySpan<double> Tops => _tops;

    /// <summary>Thickness of each layer.</summary>
    public ReadOnlySpan<double> Thickness => _thickness;

    /// <summary>Height at which layer <paramref name="layer"/> is cut: its middle.</summary>
    /// <param name="layer">Layer index from the plate up.</param>
    public double CutHeight(int layer) => _tops[layer] - (_thickness[layer] / 2);

    /// <summary>
    /// Uniform layers over a part of the given height, after a first layer of its own thickness. The count is
    /// 1 + round((height − first) / layerHeight), as PrusaSlicer counts them: the last layer ends within half a
    /// layer of the part's top.
    /// </summary>
    /// <param name="height">Height of the part above the plate (mm).</param>
    /// <param name="layerHeight">Thickness of every layer but the first (mm).</param>
    /// <param name="firstLayerHeight">Thickness of the first layer; <paramref name="layerHeight"/> when null.</param>
    public static LayerPlan Uniform(double height, double layerHeight, double? firstLayerHeight = null)
    {
        var first = firstLayerHeight ?? layerHeight;
        if (!(layerHeight > 0) || !(first > 0) || !double.IsFinite(layerHeight) || !double.IsFinite(first))
        {
            throw new ArgumentOutOfRangeException(nameof(layerHeight), "Layer heights must be positive and finite.");
        }

        if (!(height >= 0) || !double.IsFinite(height))
        {
            throw new ArgumentOutOfRangeException(nameof(height), "The part height must be finite and not negative.");
        }

        var more = Math.Max(0, Math.Round((height - first) / layerHeight, MidpointRounding.AwayFromZero));
        if (more + 1 > MaxLayers)
        {
            throw new ArgumentOutOfRangeException(nameof(layerHeight), $"The part would have more than {MaxLayers} layers.");
        }

        var n = (int)more + 1;
        var tops = new double[n];
        var thickness = new double[n];
        for (var i = 0; i < n; i++)
        {
            thickness[i] = i == 0 ? first : layerHeight;
            tops[i] = first + (i * layerHeight);
        }

        return new LayerPlan(tops, thickness);
    }
}
