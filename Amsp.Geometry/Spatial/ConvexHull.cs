namespace Amsp.Geometry.Spatial;

/// <summary>
/// The convex hull of a mesh's vertices (3-D quickhull) and its volume and area, for pricing: the hull volume is the
/// space a part takes in a build, and the ratio of part to hull volume says how much material it saves.
/// </summary>
public static class ConvexHull
{
    /// <summary>Builds the hull of <paramref name="mesh"/>'s vertices and measures it.</summary>
    /// <param name="mesh">Any mesh; only its vertices matter.</param>
    /// <returns>Zero volume and area when the vertices are all on one plane (or fewer than four).</returns>
    public static ConvexHullMeasures Measure(Mesh mesh)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var points = new Vec3[mesh.VertexCount];
        for (var v = 0; v < points.Length; v++)
        {
            points[v] = mesh.Vertex(v);
        }

        return Measure(points);
    }

    /// <summary>Builds the hull of <paramref name="points"/> and measures it.</summary>
    /// <param name="points">The points.</param>
    /// <returns>Zero volume and area when the points are all on one plane (or fewer than four).</returns>
    public static ConvexHullMeasures Measure(IReadOnlyList<Vec3> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var hull = QuickHull.Build(points);
        if (hull is null)
        {
            return default;
        }

        double volume = 0, area = 0;
        var inside = hull.Inside;
        var onHull = new bool[points.Count];
        int faces = 0, vertices = 0;
        foreach (var (a, b, c) in hull.Faces())
        {
            Vec3 pa = points[a] - inside, pb = points[b] - inside, pc = points[c] - inside;
            volume += Vec3.Dot(pa, Vec3.Cross(pb, pc)) / 6;
            area += Vec3.Cross(pb - pa, pc - pa).Length / 2;
            foreach (var v in (ReadOnlySpan<int>)[a, b, c])
            {
                vertices += onHull[v] ? 0 : 1;
                onHull[v] = true;
            }

            faces++;
        }

        return new ConvexHullMeasures(volume, area, vertices, faces);
    }
}

/// <summary>Measures of a convex hull.</summary>
/// <param name="Volume">Enclosed volume (mm³).</param>
/// <param name="Area">Surface area (mm²).</param>
/// <param name="Vertices">Points on the hull.</param>
/// <param name="Faces">Triangles of the hull.</param>
public readonly record struct ConvexHullMeasures(double Volume, double Area, int Vertices, int Faces);
