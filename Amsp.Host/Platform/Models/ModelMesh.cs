using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Amsp.Activities.Services;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Host.Platform.Access;
using Amsp.Host.Hosting;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Models;

/// <summary>The model's mesh in the viewer's binary format (see <see cref="MeshBinary"/>).</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record GetModelMesh(Guid ModelId) : IQuery<MeshBytes>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Model, ModelId)];
}

/// <summary>Where the model's open and non-manifold edges and flipped faces are, in the viewer's binary format.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.Designer)]
public sealed record GetModelDefects(Guid ModelId) : IQuery<MeshBytes>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Model, ModelId)];
}

public sealed record MeshBytes(byte[] Content, string Sha256);

public sealed class ModelMeshHandlers(AmspDbContext db, ModelMeshes meshes)
    : IQueryHandler<GetModelMesh, MeshBytes>, IQueryHandler<GetModelDefects, MeshBytes>
{
    public async ValueTask<MeshBytes> Handle(GetModelMesh query, CancellationToken cancellationToken)
    {
        var (mesh, sha) = await LoadAsync(query.ModelId, cancellationToken);
        return new MeshBytes(MeshBinary.Mesh(mesh), sha);
    }

    public async ValueTask<MeshBytes> Handle(GetModelDefects query, CancellationToken cancellationToken)
    {
        var (mesh, sha) = await LoadAsync(query.ModelId, cancellationToken);
        return new MeshBytes(MeshBinary.Defects(MeshDefects.Locate(mesh)), sha);
    }

    private async Task<(Mesh, string)> LoadAsync(Guid modelId, CancellationToken ct)
    {
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == modelId, ct);
        try
        {
            return (meshes.Load(model, 1), model.Sha256);
        }
        catch (MeshFormatException e)
        {
            throw new ApiProblemException(StatusCodes.Status410Gone, "Mesh unavailable", e.Message);
        }
    }
}

/// <summary>
/// The viewer's binary formats, little-endian throughout, each a 16-byte header then 4-byte aligned arrays.
/// Mesh: "AMSH", version 1, vertex count V, triangle count T; float32[3V] positions; uint32[3T] indices.
/// Defects: "AMDF", boundary edge count B, non-manifold edge count N, flipped face count F; uint32[2B] vertex pairs,
/// uint32[2N] vertex pairs, uint32[F] face indices.
/// </summary>
public static class MeshBinary
{
    public const string MediaType = "application/octet-stream";

    public static byte[] Mesh(Mesh mesh)
    {
        ArgumentNullException.ThrowIfNull(mesh);
        var positions = MemoryMarshal.AsBytes(mesh.Positions);
        var indices = MemoryMarshal.AsBytes(mesh.Indices);
        var bytes = new byte[16 + positions.Length + indices.Length];
        Header(bytes, "AMSH"u8, 1, (uint)mesh.VertexCount, (uint)mesh.TriangleCount);
        Copy(positions, bytes.AsSpan(16));
        Copy(indices, bytes.AsSpan(16 + positions.Length));
        return bytes;
    }

    public static byte[] Defects(MeshDefects defects)
    {
        ArgumentNullException.ThrowIfNull(defects);
        var parts = new[] { defects.BoundaryEdges, defects.NonManifoldEdges, defects.FlippedFaces };
        var bytes = new byte[16 + (4 * parts.Sum(p => p.Length))];
        Header(bytes, "AMDF"u8, (uint)defects.BoundaryEdges.Length / 2, (uint)defects.NonManifoldEdges.Length / 2, (uint)defects.FlippedFaces.Length);
        var at = 16;
        foreach (var part in parts)
        {
            Copy(MemoryMarshal.AsBytes(part.AsSpan()), bytes.AsSpan(at));
            at += part.Length * 4;
        }
        return bytes;
    }

    private static void Header(Span<byte> bytes, ReadOnlySpan<byte> magic, uint a, uint b, uint c)
    {
        magic.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..], a);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[8..], b);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[12..], c);
    }

    // Floats and ints are stored as the machine holds them; the format is little-endian, so a big-endian host swaps.
    private static void Copy(ReadOnlySpan<byte> from, Span<byte> to)
    {
        from.CopyTo(to);
        if (!BitConverter.IsLittleEndian)
        {
            var words = MemoryMarshal.Cast<byte, uint>(to[..from.Length]);
            BinaryPrimitives.ReverseEndianness(words, words);
        }
    }
}
