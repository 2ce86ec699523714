namespace Amsp.Geometry.Tests;

/// <summary>Meshes generated in code whose counts, volumes and areas follow from their construction.</summary>
internal static class MeshFactory
{
    /// <summary>Axis-aligned box from <paramref name="min"/> with the given size: 8 vertices, 12 outward triangles.</summary>
    public static (List<Vec3> Vertices, List<int> Faces) Box(Vec3 min, Vec3 size, bool inward = false)
    {
        var v = new List<Vec3>();
        for (var i = 0; i < 8; i++)
        {
            v.Add(new Vec3(min.X + ((i & 1) * size.X), min.Y + (((i >> 1) & 1) * size.Y), min.Z + (((i >> 2) & 1) * size.Z)));
        }

        int[] faces =
        [
            0, 2, 1, 1, 2, 3, // z = min, normal -z
            4, 5, 6, 5, 7, 6, // z = max
            0, 1, 4, 1, 5, 4, // y = min
            2, 6, 3, 3, 6, 7, // y = max
            0, 4, 2, 2, 4, 6, // x = min
            1, 3, 5, 3, 7, 5, // x = max
        ];
        var list = faces.ToList();
        if (inward)
        {
            Reverse(list);
        }

        return (v, list);
    }

    public static Mesh Cube(double size = 10) => Build(Box(default, new Vec3(size, size, size)));

    /// <summary>UV sphere: 2 + slices × (stacks − 1) vertices, 2 × slices × (stacks − 1) triangles.</summary>
    public static (List<Vec3> Vertices, List<int> Faces) UvSphere(double r, int stacks, int slices)
    {
        var v = new List<Vec3> { new(0, 0, r) };
        for (var i = 1; i < stacks; i++)
        {
            var phi = Math.PI * i / stacks;
            for (var j = 0; j < slices; j++)
            {
                var theta = 2 * Math.PI * j / slices;
                v.Add(new Vec3(r * Math.Sin(phi) * Math.Cos(theta), r * Math.Sin(phi) * Math.Sin(theta), r * Math.Cos(phi)));
            }
        }

        v.Add(new Vec3(0, 0, -r));
        var f = new List<int>();
        int Ring(int i, int j) => 1 + ((i - 1) * slices) + (j % slices);
        for (var j = 0; j < slices; j++)
        {
            f.AddRange([0, Ring(1, j), Ring(1, j + 1)]);
            f.AddRange([v.Count - 1, Ring(stacks - 1, j + 1), Ring(stacks - 1, j)]);
            for (var i = 1; i < stacks - 1; i++)
            {
                f.AddRange([Ring(i, j), Ring(i + 1, j), Ring(i + 1, j + 1)]);
                f.AddRange([Ring(i, j), Ring(i + 1, j + 1), Ring(i, j + 1)]);
            }
        }

        return (v, f);
    }

    public static Mesh Sphere(double r = 10, int stacks = 16, int slices = 32) => Build(UvSphere(r, stacks, slices));

    /// <summary>Torus around z: n × m vertices, 2 n m triangles.</summary>
    public static Mesh Torus(double major = 20, double minor = 5, int n = 48, int m = 24)
    {
        var v = new List<Vec3>();
        for (var i = 0; i < n; i++)
        {
            var u = 2 * Math.PI * i / n;
            for (var j = 0; j < m; j++)
            {
                var w = 2 * Math.PI * j / m;
                var d = major + (minor * Math.Cos(w));
                v.Add(new Vec3(d * Math.Cos(u), d * Math.Sin(u), minor * Math.Sin(w)));
            }
        }

        var f = new List<int>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                int a = (i * m) + j, b = (((i + 1) % n) * m) + j, c = (((i + 1) % n) * m) + ((j + 1) % m), d = (i * m) + ((j + 1) % m);
                f.AddRange([a, b, c, a, c, d]);
            }
        }

        return Build((v, f));
    }

    public static Mesh Build((List<Vec3> Vertices, List<int> Faces) m)
    {
        var p = new float[m.Vertices.Count * 3];
        for (var i = 0; i < m.Vertices.Count; i++)
        {
            p[i * 3] = (float)m.Vertices[i].X;
            p[(i * 3) + 1] = (float)m.Vertices[i].Y;
            p[(i * 3) + 2] = (float)m.Vertices[i].Z;
        }

        return new Mesh(p, m.Vertices.Count, [.. m.Faces], m.Faces.Count / 3);
    }

    /// <summary>Joins meshes into one, keeping them as separate shells.</summary>
    public static (List<Vec3> Vertices, List<int> Faces) Join(params (List<Vec3> Vertices, List<int> Faces)[] parts)
    {
        var v = new List<Vec3>();
        var f = new List<int>();
        foreach (var part in parts)
        {
            var offset = v.Count;
            v.AddRange(part.Vertices);
            f.AddRange(part.Faces.Select(i => i + offset));
        }

        return (v, f);
    }

    /// <summary>The mesh as a triangle soup (nine floats per triangle), as an STL file would hold it.</summary>
    public static float[] Soup(Mesh mesh)
    {
        var idx = mesh.Indices;
        var soup = new float[idx.Length * 3];
        for (var i = 0; i < idx.Length; i++)
        {
            mesh.Positions.Slice(idx[i] * 3, 3).CopyTo(soup.AsSpan(i * 3));
        }

        return soup;
    }

    public static Mesh WithFaces(Mesh mesh, IEnumerable<int> faces) =>
        new(mesh.Positions.ToArray(), mesh.VertexCount, [.. faces], faces.Count() / 3);

    public static List<int> Faces(Mesh mesh) => [.. mesh.Indices.ToArray()];

    public static void Reverse(List<int> f)
    {
        for (var i = 0; i < f.Count; i += 3)
        {
            (f[i + 1], f[i + 2]) = (f[i + 2], f[i + 1]);
        }
    }

    public static void FlipFace(List<int> f, int face) => (f[(face * 3) + 1], f[(face * 3) + 2]) = (f[(face * 3) + 2], f[(face * 3) + 1]);

    /// <summary>Signed volume as a sum of tetrahedra from the origin, independent of the library's own formula.</summary>
    public static double TetraVolume(Mesh mesh)
    {
        double sum = 0;
        var idx = mesh.Indices;
        for (var i = 0; i < idx.Length; i += 3)
        {
            sum += Vec3.Dot(mesh.Vertex(idx[i]), Vec3.Cross(mesh.Vertex(idx[i + 1]), mesh.Vertex(idx[i + 2]))) / 6;
        }

        return sum;
    }
}
