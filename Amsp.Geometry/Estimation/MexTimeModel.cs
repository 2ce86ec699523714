using Amsp.Geometry.Slicing;
using Amsp.Geometry.Spatial;

namespace Amsp.Geometry.Estimation;

/// <summary>
/// Material extrusion time from the sliced part: each layer's perimeter loops traced with the firmware's motion
/// (acceleration, jerk at each contour corner), fills as lines at their spacing whose number follows from the
/// region's outline, travels and retractions between separate paths, the cooling slow-down of short layers, the
/// skirt and layer changes. Nothing is looked up per part: every figure comes from the layers.
/// </summary>
internal static class MexTimeModel
{
    /// <summary>PrusaSlicer's thick bridges are nozzle-wide round lines with this much air between them (mm).</summary>
    private const double BridgeGap = 0.05;

    /// <summary>
    /// Speed at the ends of an infill line, in jerks: the turn onto the anchor is about a right angle, through which the
    /// jerk rule lets 1 to 1.4 jerks pass depending on its orientation, and more for gentler turns.
    /// </summary>
    private const double InfillTurn = 1.5;

    private record struct LayerTime(double Perimeters, double Infill, double TopBottom, double Travel, double Overhead, double Extruded, double Volume);

    public static PrintTimeEstimate Estimate(Mesh mesh, MexParameters p)
    {
        var (min, max) = Analysis.MeshCheck.BoundingBox(mesh);
        var slices = MeshSlicer.Slice(mesh, LayerPlan.Uniform(max.Z - min.Z, p.LayerHeight, p.FirstLayerHeight));
        var s = MexParameters.Spacing(p.LineWidth, p.LayerHeight);
        var layout = new ExtrusionLayout
        {
            LineSpacing = s,
            FirstLayerLineSpacing = MexParameters.Spacing(p.FirstLayerLineWidth, p.FirstLayerHeight),
            Perimeters = p.Perimeters,
            TopLayers = p.TopLayers,
            BottomLayers = p.BottomLayers,
            SolidBelowArea = p.SolidInfillBelowArea,
            SmallPerimeterLimit = p.SmallPerimeterLimit,
        };
        var measures = LayerRegions.Measure(slices, layout);
        var times = new LayerTime[measures.Length];
        Parallel.For(0, measures.Length, i => times[i] = Cool(Layer(slices, measures[i], layout, p), p));

        var t = times.Aggregate(default(LayerTime), (a, b) => new LayerTime(a.Perimeters + b.Perimeters, a.Infill + b.Infill,
            a.TopBottom + b.TopBottom, a.Travel + b.Travel, a.Overhead + b.Overhead, a.Extruded + b.Extruded, a.Volume + b.Volume));
        var (skirt, skirtVolume) = Skirt(slices, layout, p);
        return PrintTimeEstimate.Create("MEX", slices.Count, t.Volume + skirtVolume,
            new TimeShare(PrintFeatures.Perimeters, t.Perimeters + skirt),
            new TimeShare(PrintFeatures.Infill, t.Infill),
            new TimeShare(PrintFeatures.TopBottom, t.TopBottom),
            new TimeShare(PrintFeatures.Travel, t.Travel),
            new TimeShare(PrintFeatures.Overhead, t.Overhead + p.StartOverhead));
    }

    private static LayerTime Layer(Slices slices, LayerMeasures m, ExtrusionLayout layout, MexParameters p)
    {
        var first = m.Layer == 0;
        var h = slices.Plan.Thickness[m.Layer];
        var s = first ? layout.FirstLayerLineSpacing : layout.LineSpacing;
        double a = p.Acceleration, j = p.Jerk;

        // Perimeters: each contour's share of the loops, traced along its own corners.
        double perimeters = 0, inner = m.PerimeterLength - m.ExternalPerimeterLength;
        var layer = slices[m.Layer];
        for (var c = 0; c < layer.ContourCount && m.ContourLength > 0; c++)
        {
            var xy = layer.Contour(c);
            var length = Slices.Measure(xy).Length;
            if (length <= 0)
            {
                continue;
            }

            var share = length / m.ContourLength;
            var small = length < p.SmallPerimeterLimit;
            var outer = first ? p.FirstLayerSpeed : small ? p.SmallPerimeterSpeed : p.ExternalPerimeterSpeed;
            var rest = first ? p.FirstLayerSpeed : small ? p.SmallPerimeterSpeed : p.PerimeterSpeed;
            var tOuter = Motion.Loop(xy, outer, a, j) / length;
            var tRest = rest == outer ? tOuter : Motion.Loop(xy, rest, a, j) / length;
            perimeters += share * ((m.ExternalPerimeterLength * tOuter) + (inner * tRest));
        }

        // Sparse infill: area × density / spacing of lines, whatever the pattern's directions; an anchor joins each to the next.
        double infill = 0, infillLength = 0;
        if (p.InfillDensity > 0 && m.Sparse.Area > 0)
        {
            var lines = m.Sparse.Area * p.InfillDensity / s;
            var chords = Math.Max(m.Sparse.Parts, m.Sparse.Outline * p.InfillDensity / (Math.PI * s));
            var anchor = p.InfillDensity < 1 ? p.InfillAnchor : 0; // full density: neighbouring lines touch, nothing to anchor
            var turn = InfillTurn * j;
            infill = chords * (Motion.Move(lines / chords, p.InfillSpeed, a, turn) + Motion.Move(anchor, p.InfillSpeed, a, turn));
            infillLength = lines + (chords * anchor);
        }

        var sTop = MexParameters.Spacing(p.TopLineWidth, h);
        var sBridge = p.NozzleDiameter + BridgeGap;
        var (solid, solidLength) = Fill(m.Solid, s, first ? p.FirstLayerSpeed : p.SolidInfillSpeed, a, j);
        var (top, topLength) = Fill(m.Top, sTop, first ? p.FirstLayerSpeed : p.TopSolidInfillSpeed, a, j);
        var (bridge, bridgeLength) = Fill(m.Bridge, sBridge, first ? p.FirstLayerSpeed : p.BridgeSpeed, a, j);

        // Travels: a short step between the loops of a contour; a hop to each hole of an island, to each island and to
        // each separate piece of fill. Hops longer than the limit retract.
        var retract = 2 * Motion.Move(p.RetractLength, p.RetractSpeed, a, 0);
        var travel = Math.Max(0, p.Perimeters - 1) * m.Contours * Motion.Move(s, p.TravelSpeed, a, j);
        travel += Hops(m.HoleTravels, m.HoleTravelLength, retract, p);
        travel += Hops(m.Travels, m.TravelLength, retract, p);

        var overhead = p.LayerOverhead + Motion.Move(h, p.ZSpeed, p.ZAcceleration, 0);
        var extruded = m.PerimeterLength + infillLength + solidLength + topLength + bridgeLength;
        var volume = ((m.PerimeterLength + infillLength + solidLength) * s * h) + (topLength * sTop * h) + (bridgeLength * Math.PI * p.NozzleDiameter * p.NozzleDiameter / 4);
        return new LayerTime(perimeters, infill, solid + top + bridge, travel, overhead, extruded, volume);
    }

    private static double Hops(double count, double length, double retract, MexParameters p)
    {
        if (count <= 0)
        {
            return 0;
        }

        var hop = length / count;
        return count * (Motion.Move(hop, p.TravelSpeed, p.Acceleration, p.Jerk) + (hop > p.RetractBeforeTravel ? retract : 0));
    }

    /// <summary>A solid fill: lines at the spacing, one per outline crossing pair of a 45° line family.</summary>
    private static (double Time, double Length) Fill(FillRegion region, double spacing, double speed, double a, double j)
    {
        if (region.Area <= 0)
        {
            return (0, 0);
        }

        var length = region.Area / spacing;
        var chords = Math.Max(Math.Max(1, region.Parts), region.Outline / (2 * Math.Sqrt(2) * spacing));
        return (chords * Motion.Move(length / chords, speed, a, j), length);
    }

    /// <summary>
    /// A layer that would take less than the minimum layer time is slowed down to it, as slicers do for cooling, but no
    /// extrusion goes slower than the minimum print speed.
    /// </summary>
    private static LayerTime Cool(LayerTime t, MexParameters p)
    {
        var extrusion = t.Perimeters + t.Infill + t.TopBottom;
        var total = extrusion + t.Travel + t.Overhead;
        if (total >= p.MinLayerTime || extrusion <= 0)
        {
            return t;
        }

        var slowest = t.Extruded / p.MinPrintSpeed;
        var stretched = Math.Max(extrusion, Math.Min(slowest, extrusion + (p.MinLayerTime - total)));
        var f = stretched / extrusion;
        return t with { Perimeters = t.Perimeters * f, Infill = t.Infill * f, TopBottom = t.TopBottom * f };
    }

    /// <summary>Skirt loops around the first layer's convex hull at the skirt distance.</summary>
    private static (double Time, double Volume) Skirt(Slices slices, ExtrusionLayout layout, MexParameters p)
    {
        if (p.SkirtLoops == 0 || slices.Count == 0 || slices[0].ContourCount == 0)
        {
            return (0, 0);
        }

        var layer = slices[0];
        var points = new List<float>();
        for (var c = 0; c < layer.ContourCount; c++)
        {
            points.AddRange(layer.Contour(c));
        }

        var hull = ConvexHull2.Perimeter(points.ToArray());
        double time = 0, length = 0;
        for (var k = 0; k < p.SkirtLoops; k++)
        {
            var loop = hull + (2 * Math.PI * (p.SkirtDistance + (k * layout.FirstLayerLineSpacing)));
            time += Motion.Move(loop, p.FirstLayerSpeed, p.Acceleration, p.Jerk) + Motion.Move(p.SkirtDistance, p.TravelSpeed, p.Acceleration, p.Jerk);
            length += loop;
        }

        return (time, length * layout.FirstLayerLineSpacing * slices.Plan.Thickness[0]);
    }
}
