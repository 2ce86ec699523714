using Amsp.Domain.Models;
using Amsp.Domain.Storage;
using Amsp.Geometry;
using Amsp.Geometry.Io;

namespace Amsp.Activities.Services;

/// <summary>
/// The mesh of a stored model in millimetres (scaled from inches when the requirement says so). The last few meshes
/// stay in memory: detection, repair and quoting of one order read the same model one after the other.
/// </summary>
public sealed class ModelMeshes(IBlobStore blobs)
{
    private const int Kept = 2;
    private readonly LinkedList<(string Key, Mesh Mesh)> _recent = new();
    private readonly Lock _gate = new();

    /// <exception cref="MeshFormatException">The stored file is not a readable mesh.</exception>
    public Mesh Load(PartModel model, double scale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var key = $"{model.Sha256}:{scale:R}";
        lock (_gate)
        {
            if (_recent.FirstOrDefault(x => x.Key == key) is { Mesh: not null } hit)
            {
                return hit.Mesh;
            }
        }
        using var stream = blobs.OpenRead(model.Sha256)
            ?? throw new MeshFormatException($"The file of model {model.Id} is missing from the store.");
        var mesh = MeshReader.Read(stream, model.OriginalName);
        if (scale != 1)
        {
            mesh = Scaled(mesh, scale);
        }
        lock (_gate)
        {
            _recent.AddFirst((key, mesh));
            while (_recent.Count > Kept)
            {
                _recent.RemoveLast();
            }
        }
        return mesh;
    }

    public static Mesh Scaled(Mesh mesh, double scale)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var positions = mesh.Positions.ToArray();
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = (float)(positions[i] * scale);
        }
        return new Mesh(positions, mesh.VertexCount, mesh.Indices.ToArray(), mesh.TriangleCount);
    }
}
