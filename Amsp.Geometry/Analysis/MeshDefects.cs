namespace Amsp.Geometry.Analysis;

/// <summary>
/// Where the defects that <see cref="MeshCheck"/> counts are, for a viewer to draw them: the open and the non-manifold
/// edges as vertex pairs, and the faces oriented against the majority of their patch. Edges and faces are those of the
/// mesh as stored (duplicate faces included), so a duplicated face shows as non-manifold edges.
/// </summary>
/// <param name="BoundaryEdges">Two vertex indices per edge used by exactly one face.</param>
/// <param name="NonManifoldEdges">Two vertex indices per edge used by more than two faces, each edge once.</param>
/// <param name="FlippedFaces">Indices of the faces to flip for every patch to be consistent.</param>
public sealed record MeshDefects(int[] BoundaryEdges, int[] NonManifoldEdges, int[] FlippedFaces)
{
    /// <summary>Finds the defects of an exactly welded mesh (as returned by the readers).</summary>
    /// <param name="mesh">The mesh.</param>
    public static MeshDefects Locate(Mesh mesh)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var topology = EdgeTopology.Build(mesh);
        var idx = mesh.IndexArray;
        var boundary = new List<int>(topology.BoundaryEdges * 2);
        var nonManifold = new List<int>(topology.NonManifoldEdges * 2);
        var seen = new HashSet<long>();
        for (var h = 0; h < mesh.TriangleCount * 3; h++)
        {
            var twin = topology.Twin[h];
            if (twin >= 0 || EdgeTopology.HasRepeatedVertex(idx, h / 3))
            {
                continue;
            }

            int a = idx[h], b = idx[EdgeTopology.Next(h)];
            if (twin == EdgeTopology.Boundary)
            {
                boundary.Add(a);
                boundary.Add(b);
            }
            else if (seen.Add(((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b)))
            {
                // Every face at a non-manifold edge marks it: the edge is listed once.
                nonManifold.Add(a);
                nonManifold.Add(b);
            }
        }

        Orientation.FindFlipped(topology, out var flip);
        var flipped = new List<int>();
        for (var f = 0; f < flip.Length; f++)
        {
            if (flip[f])
            {
                flipped.Add(f);
            }
        }

        return new MeshDefects([.. boundary], [.. nonManifold], [.. flipped]);
    }
}
