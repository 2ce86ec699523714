using Amsp.Geometry.Analysis;

namespace Amsp.Geometry.Repair;

/// <summary>
/// Closes boundary loops. The loop is projected on the plane of its Newell normal and ear-clipped there;
/// when that fails (a loop that folds over itself in projection, or a very long loop) the rest is closed with a fan
/// around the loop's centroid. Patches run each loop backwards so they match the orientation of the faces around it.
/// Triangles of zero area are not added: they would only be dropped as degenerate by the next repair.
/// The check uses the same triangulation to state the volume a mesh would have with its holes closed.
/// </summary>
internal static class HoleFiller
{
    /// <summary>Ear clipping costs about n² per loop of n edges; past this total, loops get the linear fan, so a file of many holes cannot stall repair.</summary>
    private const long EarClippingBudget = 50_000_000;

    /// <summary>Fills the loops of a consistently oriented mesh; <paramref name="shells"/> receives the shell of each added face (that of its loop).</summary>
    public static int Fill(FaceList faces, EdgeTopology topology, int maxEarClipping, List<int> shells)
    {
        var mesh = faces.ToMesh();
        var extra = new List<Vec3>();
        var added = new List<int>();
        var loopFaces = new List<int>();
        var filled = Triangulate(mesh, BoundaryLoops.Find(mesh, topology), maxEarClipping, extra, added, loopFaces);
        faces.ReserveVertices(extra.Count);
        foreach (var p in extra)
        {
            faces.AddVertex(p);
        }

        if (added.Count > 0)
        {
            faces.AddFaces(added);
            shells.AddRange(loopFaces.Select(f => topology.ShellOfFace[f]));
        }

        return filled;
    }

    /// <summary>
    /// Triangulates each loop into <paramref name="triangles"/> (three vertex ids each; ids from
    /// <see cref="Mesh.VertexCount"/> on are the centroids in <paramref name="extra"/>) and records the loop's face for
    /// each triangle. Returns the number of loops that received at least one triangle.
    /// </summary>
    public static int Triangulate(Mesh mesh, List<(int[] Vertices, int Face)> loops, int maxEarClipping, List<Vec3> extra, List<int> triangles, List<int> loopFaces)
    {
        var filled = 0;
        long budget = EarClippingBudget;
        foreach (var (loop, face) in loops)
        {
            if (loop.Length < 3)
            {
                continue;
            }

            var polygon = loop.Reverse().ToList();
            var before = triangles.Count;
            budget -= (long)polygon.Count * polygon.Count;
            if (polygon.Count > maxEarClipping || budget < 0 || !EarClip(mesh, polygon, triangles))
            {
                Fan(mesh, extra, polygon, triangles);
            }

            if (triangles.Count > before)
            {
                filled++;
                loopFaces.AddRange(Enumerable.Repeat(face, (triangles.Count - before) / 3));
            }
        }

        return filled;
    }

    private static bool EarClip(Mesh mesh, List<int> polygon, List<int> output)
    {
        var points = polygon.Select(mesh.Vertex).ToList();
        var normal = Newell(points);
        if (normal.Length == 0)
        {
            return false;
        }

        var u = Perpendicular(normal);
        var v = Vec3.Cross(normal * (1 / normal.Length), u);
        var xy = points.Select(p => (X: Vec3.Dot(p, u), Y: Vec3.Dot(p, v))).ToList();
        var ids = new List<int>(polygon);
        var attempts = 0;
        while (ids.Count > 3 && attempts < ids.Count)
        {
            var n = ids.Count;
            var i = attempts;
            int prev = (i + n - 1) % n, next = (i + 1) % n;
            if (IsEar(xy, prev, i, next))
            {
                Emit(mesh.Vertex(ids[prev]), mesh.Vertex(ids[i]), mesh.Vertex(ids[next]), ids[prev], ids[i], ids[next], output);
                ids.RemoveAt(i);
                xy.RemoveAt(i);
                attempts = 0;
            }
            else
            {
                attempts++;
            }
        }

        if (ids.Count > 3)
        {
            polygon.Clear();
            polygon.AddRange(ids); // the fan closes what is left
            return false;
        }

        Emit(mesh.Vertex(ids[0]), mesh.Vertex(ids[1]), mesh.Vertex(ids[2]), ids[0], ids[1], ids[2], output);
        return true;
    }

    private static bool IsEar(List<(double X, double Y)> p, int a, int b, int c)
    {
        if (Cross(p[a], p[b], p[c]) <= 0)
        {
            return false;
        }

        for (var k = 0; k < p.Count; k++)
        {
            if (k != a && k != b && k != c && p[k] != p[a] && p[k] != p[b] && p[k] != p[c]
                && Cross(p[a], p[b], p[k]) >= 0 && Cross(p[b], p[c], p[k]) >= 0 && Cross(p[c], p[a], p[k]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static double Cross((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));

    private static void Fan(Mesh mesh, List<Vec3> extra, List<int> polygon, List<int> output)
    {
        var sum = default(Vec3);
        foreach (var id in polygon)
        {
            sum += mesh.Vertex(id);
        }

        var centroid = sum * (1.0 / polygon.Count);
        var center = mesh.VertexCount + extra.Count;
        extra.Add(centroid);

        // The centroid is stored as float32, as the repaired mesh will hold it: the test for zero area sees that point.
        var stored = new Vec3((float)centroid.X, (float)centroid.Y, (float)centroid.Z);
        for (var i = 0; i < polygon.Count; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Count];
            Emit(mesh.Vertex(a), mesh.Vertex(b), stored, a, b, center, output);
        }
    }

    private static void Emit(Vec3 pa, Vec3 pb, Vec3 pc, int a, int b, int c, List<int> output)
    {
        if (a == b || b == c || a == c || IsZeroArea(pa, pb, pc))
        {
            return;
        }

        output.Add(a);
        output.Add(b);
        output.Add(c);
    }

    private static bool IsZeroArea(Vec3 pa, Vec3 pb, Vec3 pc)
    {
        var e1 = pb - pa;
        var e2 = pc - pa;
        var cross = Vec3.Cross(e1, e2);
        var longest = Math.Max(Vec3.Dot(e1, e1), Math.Max(Vec3.Dot(e2, e2), Vec3.Dot(e2 - e1, e2 - e1)));
        return Vec3.Dot(cross, cross) <= FaceMeasures.CollinearTolerance * FaceMeasures.CollinearTolerance * longest * longest;
    }

    private static Vec3 Newell(List<Vec3> p)
    {
        var n = default(Vec3);
        for (var i = 0; i < p.Count; i++)
        {
            var a = p[i];
            var b = p[(i + 1) % p.Count];
            n += new Vec3((a.Y - b.Y) * (a.Z + b.Z), (a.Z - b.Z) * (a.X + b.X), (a.X - b.X) * (a.Y + b.Y));
        }

        return n;
    }

    private static Vec3 Perpendicular(Vec3 n)
    {
        var axis = Math.Abs(n.X) < Math.Abs(n.Y) ? (Math.Abs(n.X) < Math.Abs(n.Z) ? new Vec3(1, 0, 0) : new Vec3(0, 0, 1))
            : (Math.Abs(n.Y) < Math.Abs(n.Z) ? new Vec3(0, 1, 0) : new Vec3(0, 0, 1));
        var u = Vec3.Cross(n, axis);
        return u * (1 / u.Length);
    }
}
