
namespace Amsp.Geometry.Analysis;

/// <summary>Printability figures: overhang area, build-volume fit and a guess of the file's units.</summary>
public static class Printability
{
    /// <summary>
    /// Area of the faces that need support: faces whose outward normal is within <paramref name="angleDegrees"/>
    /// of straight down (against <paramref name="buildDirection"/>), except faces lying on the build plate.
    /// </summary>
    /// <param name="mesh">The mesh, consistently oriented outward.</param>
    /// <param name="buildDirection">Direction in which layers are added (usually +Z).</param>
    /// <param name="angleDegrees">Threshold, usually 45°: a face tilted less than this from facing straight down needs support.</param>
    public static double OverhangArea(Mesh mesh, Vec3 buildDirection, double angleDegrees = 45)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var (up, cos, plate) = OverhangTest(mesh, buildDirection, angleDegrees);
        const int Chunks = 64;
        var t = mesh.TriangleCount;
        var size = (t + Chunks - 1) / Chunks;
        var partial = new double[Chunks];
        Parallel.For(0, Chunks, c => partial[c] = Overhang(mesh, up, cos, plate, c * size, Math.Min(t, (c + 1) * size)));
        return partial.Sum(); // in chunk order: the same on every run
    }

    /// <summary>
    /// The unit build direction, the cosine of the threshold angle, and the height above which a face is off the
    /// build plate (the lowest vertex, plus a relative 1e-6 for float noise).
    /// </summary>
    internal static (Vec3 Up, double Cos, double Plate) OverhangTest(Mesh mesh, Vec3 buildDirection, double angleDegrees, (Vec3 Min, Vec3 Max)? box = null)
    {
        var up = buildDirection * (1 / buildDirection.Length);
        var plate = double.MaxValue;
        var axis = up == new Vec3(1, 0, 0) ? 0 : up == new Vec3(0, 1, 0) ? 1 : up == new Vec3(0, 0, 1) ? 2 : -1;
        if (box is { } b && axis >= 0 && mesh.VertexCount > 0)
        {
            plate = b.Min[axis]; // building along an axis: the lowest vertex is the box's bottom (the same number)
        }
        else
        {
            var p = mesh.Positions;
            for (var i = 0; i < p.Length; i += 3)
            {
                plate = Math.Min(plate, (p[i] * up.X) + (p[i + 1] * up.Y) + (p[i + 2] * up.Z));
            }
        }

        return (up, Math.Cos(angleDegrees * Math.PI / 180), plate + (1e-6 * Math.Max(1, Math.Abs(plate))));
    }

    private static double Overhang(Mesh mesh, Vec3 up, double cos, double plate, int from, int to)
    {
        var idx = mesh.IndexArray;
        double area = 0;
        for (var f = from; f < to; f++)
        {
            var a = mesh.Vertex(idx[f * 3]);
            var b = mesh.Vertex(idx[(f * 3) + 1]);
            var c = mesh.Vertex(idx[(f * 3) + 2]);
            var n = Vec3.Cross(b - a, c - a);
            var len = n.Length;
            if (len == 0 || -Vec3.Dot(n, up) / len < cos)
            {
                continue;
            }

            if (Math.Max(Vec3.Dot(a, up), Math.Max(Vec3.Dot(b, up), Vec3.Dot(c, up))) > plate)
            {
                area += len / 2; // faces lying on the build plate need no support
            }
        }

        return area;
    }

    /// <summary>Whether a box of the given size fits the build volume in any of the six axis-aligned orientations.</summary>
    /// <param name="size">Extents of the part along x, y, z.</param>
    /// <param name="buildVolume">Extents of the printer's build volume.</param>
    public static bool FitsBuildVolume(Vec3 size, Vec3 buildVolume)
    {
        int[][] permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        return permutations.Any(p => size[p[0]] <= buildVolume.X && size[p[1]] <= buildVolume.Y && size[p[2]] <= buildVolume.Z);
    }

    /// <summary>
    /// Guesses the unit of a model from its largest extent, assuming a part of a few millimetres to a metre:
    /// an extent of at least 4 reads as "mm", from 0.4 to 4 as "inch" (10 to 100 mm) and below 0.4 as "m".
    /// </summary>
    /// <param name="largestExtent">Largest side of the bounding box, in file units.</param>
    public static string GuessUnits(double largestExtent) => largestExtent switch
    {
        >= 4 => "mm",
        >= 0.4 => "inch",
        _ => "m",
    };
}
