using Amsp.Domain.Models;
using Amsp.Domain.Storage;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;

namespace Amsp.Activities.Services;

/// <summary>
/// The mesh of a stored model in millimetres (scaled from inches when the requirement says so) and its check report.
/// The last few meshes stay in memory: an upload, then detection, repair and quoting of one order read the same model
/// one after the other, and the check of a mesh is the same each time.
/// </summary>
public sealed class ModelMeshes(IBlobStore blobs)
{
    private const int Kept = 2;
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _gate = new();

    /// <exception cref="MeshFormatException">The stored file is not a readable mesh.</exception>
    public Mesh Load(PartModel model, double scale) => Find(model, scale).Mesh;

    /// <summary>The mesh and its check report (<see cref="MeshCheck.Check"/> with the default options).</summary>
    /// <exception cref="MeshFormatException">The stored file is not a readable mesh.</exception>
    public (Mesh Mesh, CheckReport Report) LoadChecked(PartModel model, double scale)
    {
        var entry = Find(model, scale);
        // Two callers may check the same mesh at once; both get the same figures, the first one kept.
        var report = entry.Report ?? MeshCheck.Check(entry.Mesh);
        lock (_gate)
        {
            report = entry.Report ??= report;
        }
        return (entry.Mesh, report);
    }

    /// <summary>
    /// Keeps the mesh just read from a newly stored file and its check (the upload's analysis made both), so that the
    /// order steps that follow an upload do not read and check it again.
    /// </summary>
    /// <param name="sha256">The file's SHA-256, by which the store names it.</param>
    /// <param name="mesh">The mesh as read, in the file's units.</param>
    /// <param name="report">Its check with the default options.</param>
    public void Remember(string sha256, Mesh mesh, CheckReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        ArgumentNullException.ThrowIfNull(mesh);
        ArgumentNullException.ThrowIfNull(report);
        Keep(new Entry(Key(sha256, 1), mesh) { Report = report });
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

    private Entry Find(PartModel model, double scale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var key = Key(model.Sha256, scale);
        lock (_gate)
        {
            if (_recent.FirstOrDefault(x => x.Key == key) is { } hit)
            {
                return hit;
            }
        }
        using var stream = blobs.OpenRead(model.Sha256)
            ?? throw new MeshFormatException($"The file of model {model.Id} is missing from the store.");
        var mesh = MeshReader.Read(stream, model.OriginalName);
        return Keep(new Entry(key, scale != 1 ? Scaled(mesh, scale) : mesh));
    }

    private static string Key(string sha256, double scale) => $"{sha256}:{scale:R}";

    private Entry Keep(Entry entry)
    {
        lock (_gate)
        {
            if (_recent.FirstOrDefault(x => x.Key == entry.Key) is { } kept)
            {
                return kept;
            }
            _recent.AddFirst(entry);
            while (_recent.Count > Kept)
            {
                _recent.RemoveLast();
            }
            return entry;
        }
    }

    private sealed class Entry(string key, Mesh mesh)
    {
        public string Key { get; } = key;

        public Mesh Mesh { get; } = mesh;

        public CheckReport? Report { get; set; }
    }
}
