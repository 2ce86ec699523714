using System.Diagnostics;
using System.Globalization;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Estimation;
using Amsp.Geometry.Io;
using Amsp.Geometry.Slicing;
using Amsp.Geometry.Spatial;

// The geometry benchmarks of the quoting work, on the library as the product calls it:
//   estimate FILE [SCALE]   one line: file, estimated seconds, breakdown, extruded cm³ (calibrate.sh reads it)
//   gcode FILE.gcode        one line: PrusaSlicer's estimated seconds, filament cm³ and layers, read from its comments
//   perf FILE [RUNS]        median times of check (the peer), slice, layer measures, estimate, thin walls, support, hull
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 2 || args[0] is not ("estimate" or "gcode" or "perf"))
{
    Console.Error.WriteLine("usage: estimate FILE [SCALE] | gcode FILE.gcode | perf FILE [RUNS]");
    return 2;
}

if (args[0] == "gcode")
{
    var g = PrusaSlicerGcodeSummary.Read(args[1]);
    Console.WriteLine($"{g.EstimatedTime?.TotalSeconds ?? double.NaN:0} {g.FilamentVolume ?? double.NaN:0.00} {g.Layers}");
    return 0;
}

var mesh = MeshReader.Read(args[1]);
if (args[0] == "estimate")
{
    var scale = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1;
    var e = PrintTimeEstimator.Estimate(scale == 1 ? mesh : Scaled(mesh, scale), new MexParameters());
    var parts = string.Join(' ', e.Breakdown.Select(b => $"{b.Feature}={b.Seconds:0}"));
    Console.WriteLine($"{Path.GetFileName(args[1])} {e.Seconds:0} {parts} extruded_cm3={e.MaterialVolume / 1000:0.00}");
    return 0;
}

var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
Console.WriteLine($"{Path.GetFileName(args[1])}: {mesh.TriangleCount} triangles, {Environment.ProcessorCount} cores, median of {runs} runs after one warm-up");
Time("check (peer: what amsp mesh check runs)", () => MeshCheck.Check(mesh));
Time("slice 0.2 mm (contours of every layer)", () => MeshSlicer.Slice(mesh, 0.2, 0.35));
var slices = MeshSlicer.Slice(mesh, 0.2, 0.35);
Time("layer measures (perimeters, fills, travel)", () => LayerRegions.Measure(slices, new ExtrusionLayout()));
Time("MEX estimate (slice + measures + time)", () => PrintTimeEstimator.Estimate(mesh, new MexParameters()));
Time("BVH build", () => TriangleBvh.Build(mesh));
Time("thin walls, 1.2 mm (BVH + rays)", () => ThinWalls.Analyze(mesh, 1.2));
Time("support volume +Z (BVH + rays)", () => SupportVolume.Estimate(mesh, new Vec3(0, 0, 1)));
Time("convex hull", () => ConvexHull.Measure(mesh));
var hull = ConvexHull.Measure(mesh);
Console.WriteLine($"convex hull: {hull.Vertices} of {mesh.VertexCount} vertices on it, {hull.Faces} faces, {hull.Volume:0} mm³");
var t = ThinWalls.Analyze(mesh, 1.2);
Console.WriteLine($"thin walls: {t.Samples} rays, thinnest {t.ThinnestWall:0.000} mm, {t.ThinArea:0} of {t.Area:0} mm² below 1.2 mm");
return 0;

void Time(string label, Func<object> work)
{
    work();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var sw = Stopwatch.StartNew();
        GC.KeepAlive(work());
        times.Add(sw.Elapsed.TotalSeconds);
    }

    times.Sort();
    Console.WriteLine($"{label,-45} {times[times.Count / 2],7:0.000} s  (min {times[0]:0.000}, max {times[^1]:0.000})");
}

static Mesh Scaled(Mesh mesh, double scale)
{
    var p = mesh.Positions.ToArray();
    for (var i = 0; i < p.Length; i++)
    {
        p[i] = (float)(p[i] * scale);
    }

    return new Mesh(p, mesh.VertexCount, mesh.Indices.ToArray(), mesh.TriangleCount);
}
