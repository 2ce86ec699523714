
namespace Amsp.Geometry.Repair;

/// <summary>Mutable working copy of a mesh during repair: positions may grow (hole centroids), faces are rebuilt per step.</summary>
internal sealed class FaceList
{
    public FaceList(Mesh mesh)
    {
        Positions = mesh.PositionArray;
        VertexCount = mesh.VertexCount;
        Indices = mesh.IndexArray;
        TriangleCount = mesh.TriangleCount;
    }

    private bool _ownsPositions;
    private bool _ownsIndices;

    public float[] Positions { get; private set; }

    public int VertexCount { get; private set; }

    public int[] Indices { get; private set; }

    public int TriangleCount { get; private set; }

    public Mesh ToMesh() => new(Positions, VertexCount, Indices, TriangleCount);

    /// <summary>Keeps the faces for which <paramref name="keep"/> is true, in order; returns how many were dropped.</summary>
    public int Filter(Func<int, bool> keep)
    {
        var kept = new int[TriangleCount * 3];
        var n = 0;
        for (var f = 0; f < TriangleCount; f++)
        {
            if (keep(f))
            {
                kept[n * 3] = Indices[f * 3];
                kept[(n * 3) + 1] = Indices[(f * 3) + 1];
                kept[(n * 3) + 2] = Indices[(f * 3) + 2];
                n++;
            }
        }

        var dropped = TriangleCount - n;
        if (dropped > 0)
        {
            _ownsIndices = true;
            Indices = kept;
            TriangleCount = n;
        }

        return dropped;
    }

    public void Remap(int[] map)
    {
        var copy = new int[TriangleCount * 3];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = map[Indices[i]];
        }

        Indices = copy;
        _ownsIndices = true;
    }

    /// <summary>Reverses face <paramref name="f"/> in place (the arrays are already private copies when this is called).</summary>
    public void Flip(int f) => (Indices[(f * 3) + 1], Indices[(f * 3) + 2]) = (Indices[(f * 3) + 2], Indices[(f * 3) + 1]);

    /// <summary>
    /// Copies the indices before they are changed in place, with room for <paramref name="spareTriangles"/> more, so
    /// that faces added later (hole patches) do not copy the whole array again.
    /// </summary>
    public void EnsurePrivateIndices(Mesh original, int spareTriangles = 0)
    {
        if (ReferenceEquals(Indices, original.IndexArray))
        {
            var copy = LargeArrays.Uninitialized<int>((TriangleCount + spareTriangles) * 3);
            Indices.AsSpan(0, TriangleCount * 3).CopyTo(copy);
            Indices = copy;
            _ownsIndices = true;
        }
    }

    /// <summary>Makes room for <paramref name="more"/> vertices at once, so that adding them does not double the array.</summary>
    public void ReserveVertices(int more)
    {
        var needed = (VertexCount + more) * 3;
        if (more <= 0 || (_ownsPositions && needed <= Positions.Length))
        {
            return;
        }

        var grown = new float[needed];
        Positions.AsSpan(0, VertexCount * 3).CopyTo(grown);
        Positions = grown;
        _ownsPositions = true;
    }

    public int AddVertex(Vec3 p)
    {
        // The input's array may be longer than its vertices: never write into it, another mesh may share that space.
        if ((VertexCount * 3) + 3 > Positions.Length || !_ownsPositions)
        {
            _ownsPositions = true;
            var grown = new float[Math.Max(48, Positions.Length * 2)];
            Positions.AsSpan(0, VertexCount * 3).CopyTo(grown);
            Positions = grown;
        }

        Positions[VertexCount * 3] = (float)p.X;
        Positions[(VertexCount * 3) + 1] = (float)p.Y;
        Positions[(VertexCount * 3) + 2] = (float)p.Z;
        return VertexCount++;
    }

    public void AddFaces(List<int> faces)
    {
        if (_ownsIndices && (TriangleCount * 3) + faces.Count <= Indices.Length)
        {
            faces.CopyTo(Indices, TriangleCount * 3);
            TriangleCount += faces.Count / 3;
            return;
        }

        _ownsIndices = true;
        var grown = new int[(TriangleCount * 3) + faces.Count];
        Indices.AsSpan(0, TriangleCount * 3).CopyTo(grown);
        faces.CopyTo(grown, TriangleCount * 3);
        Indices = grown;
        TriangleCount += faces.Count / 3;
    }

    /// <summary>Drops vertices no face uses, keeping the order of the others; returns how many were dropped.</summary>
    public int CompactVertices()
    {
        var used = new int[VertexCount];
        for (var i = 0; i < TriangleCount * 3; i++)
        {
            used[Indices[i]] = 1;
        }

        var n = 0;
        for (var v = 0; v < VertexCount; v++)
        {
            used[v] = used[v] == 1 ? n++ : -1;
        }

        if (n == VertexCount)
        {
            return 0;
        }

        var positions = new float[n * 3];
        for (var v = 0; v < VertexCount; v++)
        {
            if (used[v] >= 0)
            {
                Positions.AsSpan(v * 3, 3).CopyTo(positions.AsSpan(used[v] * 3));
            }
        }

        Remap(used);
        var dropped = VertexCount - n;
        Positions = positions;
        VertexCount = n;
        return dropped;
    }
}
