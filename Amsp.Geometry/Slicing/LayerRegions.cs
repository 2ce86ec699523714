namespace Amsp.Geometry.Slicing;

/// <summary>
/// Measures what each layer of a sliced part asks of an FDM printer (<see cref="LayerMeasures"/>). Every layer's region
/// is rasterised into rows of spans on one grid; perimeters are the band between the region and its erosion by the
/// perimeters' width; solid infill is the eroded region not covered by the layers within the top and bottom counts
/// above and below it, as slicers classify surfaces; the rest is sparse infill, except parts too small to fill sparse.
/// </summary>
public static class LayerRegions
{
    /// <summary>Rows of the grid across the widest part side at most; a coarser pitch beyond.</summary>
    private const int MaxRows = 4096;

    /// <summary>Measures every layer of <paramref name="slices"/>.</summary>
    /// <param name="slices">The sliced part.</param>
    /// <param name="layout">Line spacing, perimeters, top and bottom layers.</param>
    public static LayerMeasures[] Measure(Slices slices, ExtrusionLayout layout)
    {
        ArgumentNullException.ThrowIfNull(slices);
        ArgumentNullException.ThrowIfNull(layout);
        layout.Validate();
        var n = slices.Count;
        var extent = slices.BboxMax.Y - slices.BboxMin.Y;
        var pitch = layout.RowPitch > 0 ? layout.RowPitch : Math.Max(layout.LineSpacing / 2, extent / MaxRows);
        var y0 = slices.BboxMin.Y - pitch;
        var region = new SpanRows[n];
        var interior = new SpanRows[n];
        var cover = new SpanRows[n];
        Parallel.For(0, n, () => new SpanBuilder(), (i, _, builder) =>
        {
            region[i] = SpanRaster.Fill(slices, i, y0, pitch, builder);
            // Inside the loops; slivers narrower than a line are left to the perimeters (gap fill), not to the fills.
            var spacing = Spacing(layout, i);
            interior[i] = SpanMorphology.Dilate(SpanMorphology.Erode(region[i], (layout.Perimeters + 0.5) * spacing, pitch), spacing / 2, pitch);
            cover[i] = SpanMorphology.Erode(region[i], spacing, pitch);
            return builder;
        }, _ => { });

        var solid = new SpanRows[n];
        var sparse = new SpanRows[n];
        var top = new SpanRows[n];
        Parallel.For(0, n, i => (solid[i], sparse[i], top[i]) = Classify(region, cover, interior, i, layout, pitch));

        var result = new LayerMeasures[n];
        Parallel.For(0, n, i =>
        {
            // A solid area over air, or over sparse infill, is printed as a bridge.
            var bridge = i == 0 ? SpanRows.Empty : SpanOps.Combine(
                SpanOps.Combine(solid[i], region[i - 1], SpanOps.Op.AndNot),
                SpanOps.Combine(solid[i], sparse[i - 1], SpanOps.Op.And),
                SpanOps.Op.Or);
            bridge = SpanOps.Combine(bridge, top[i], SpanOps.Op.AndNot);
            var inner = SpanOps.Combine(SpanOps.Combine(solid[i], top[i], SpanOps.Op.AndNot), bridge, SpanOps.Op.AndNot);
            var m = Measures(slices, layout, i, region[i], interior[i], pitch) with
            {
                Sparse = SpanMeasure.Measure(sparse[i], pitch),
                Solid = SpanMeasure.Measure(inner, pitch),
                Top = SpanMeasure.Measure(top[i], pitch),
                Bridge = SpanMeasure.Measure(bridge, pitch),
            };
            var travels = m.Islands + Paths(m.Sparse, layout) + Paths(m.Solid, layout) + Paths(m.Top, layout) + Paths(m.Bridge, layout);
            var (holeTravels, holeLength) = HoleTravels.Estimate(slices, i, layout.Perimeters * Spacing(layout, i));
            result[i] = m with
            {
                Travels = travels,
                TravelLength = Math.Sqrt(BoundsArea(slices, i) * travels),
                HoleTravels = holeTravels,
                HoleTravelLength = holeLength,
            };
        });
        return result;
    }

    private static double Spacing(ExtrusionLayout layout, int layer) => layer == 0 ? layout.FirstLayerLineSpacing : layout.LineSpacing;

    private static (SpanRows Solid, SpanRows Sparse, SpanRows Top) Classify(SpanRows[] region, SpanRows[] cover, SpanRows[] interior, int i,
        ExtrusionLayout layout, double pitch)
    {
        var n = region.Length;
        var inner = interior[i];
        if (inner.IsEmpty)
        {
            return (inner, inner, inner);
        }

        // Past the top or below the plate there is nothing: the layers near either end are solid. A layer covers a point
        // when the point is at least a line inside it: an outermost loop alone closes no surface, and the fill under the
        // edge of a wall that steps or slopes stays solid (as PrusaSlicer's "ensure vertical shell thickness" keeps it).
        var above = i + layout.TopLayers >= n ? SpanRows.Empty : Covered(cover, i + 1, i + 1 + layout.TopLayers);
        var below = i < layout.BottomLayers ? SpanRows.Empty : Covered(cover, i - layout.BottomLayers, i);
        var covered = SpanOps.Combine(above, below, SpanOps.Op.And);
        var top = i + 1 < n ? SpanOps.Combine(inner, region[i + 1], SpanOps.Op.AndNot) : inner;
        if (layout.TopLayers == 0)
        {
            top = SpanRows.Empty;
        }

        var sparse = SpanMeasure.WithoutSmallParts(SpanOps.Combine(inner, covered, SpanOps.Op.And), layout.SolidBelowArea, pitch);

        // Solid strips narrower than two lines are not printed as solid fill (a slope moving the layers by less than a row
        // would otherwise leave one-row strips): open the solid area by a line and give the rest back to sparse, whose
        // slivers narrower than a line are left to the perimeters.
        var solid = SpanMorphology.Open(SpanOps.Combine(inner, sparse, SpanOps.Op.AndNot), Spacing(layout, i), pitch);
        sparse = SpanMorphology.Open(SpanOps.Combine(inner, solid, SpanOps.Op.AndNot), Spacing(layout, i) / 2, pitch);
        return (solid, sparse, SpanOps.Combine(top, solid, SpanOps.Op.And));
    }

    /// <summary>The points inside every layer from <paramref name="from"/> to <paramref name="to"/> (exclusive); empty for no layer.</summary>
    private static SpanRows Covered(SpanRows[] region, int from, int to)
    {
        if (from >= to)
        {
            return SpanRows.Empty;
        }

        var covered = region[from];
        for (var k = from + 1; k < to && !covered.IsEmpty; k++)
        {
            covered = SpanOps.Combine(covered, region[k], SpanOps.Op.And);
        }

        return covered;
    }

    private static LayerMeasures Measures(Slices slices, ExtrusionLayout layout, int i, SpanRows region, SpanRows interior, double pitch)
    {
        double length = 0, small = 0;
        int islands = 0, contours = slices.EndContour(i) - slices.FirstContour(i);
        for (var c = slices.FirstContour(i); c < slices.EndContour(i); c++)
        {
            length += slices.ContourLength(c);
            small += slices.ContourLength(c) < layout.SmallPerimeterLimit ? slices.ContourLength(c) : 0;
            islands += slices.ContourArea(c) > 0 ? 1 : 0;
        }

        var area = region.Area(pitch);
        var spacing = Spacing(layout, i);
        var perimeters = layout.Perimeters == 0 ? 0 : (area - interior.Area(pitch)) / spacing;
        var external = Math.Min(perimeters, length);
        var smallShare = length > 0 ? small / length : 0;
        return new LayerMeasures(i, area, length, contours, islands, external, perimeters, perimeters * smallShare, default, default, default, default, 0, 0, 0, 0);
    }

    private static double Paths(FillRegion fill, ExtrusionLayout layout) =>
        fill.Area > 0 ? fill.Parts + fill.Holes + (fill.Outline / layout.FillChainLength) : 0;

    private static double BoundsArea(Slices slices, int layer)
    {
        float x0 = float.MaxValue, y0 = float.MaxValue, x1 = float.MinValue, y1 = float.MinValue;
        for (var c = slices.FirstContour(layer); c < slices.EndContour(layer); c++)
        {
            var xy = slices.ContourPoints(c);
            for (var k = 0; k < xy.Length; k += 2)
            {
                (x0, x1) = (Math.Min(x0, xy[k]), Math.Max(x1, xy[k]));
                (y0, y1) = (Math.Min(y0, xy[k + 1]), Math.Max(y1, xy[k + 1]));
            }
        }

        return x1 > x0 ? (double)(x1 - x0) * (y1 - y0) : 0;
    }
}
