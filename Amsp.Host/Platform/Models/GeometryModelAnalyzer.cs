using System.Text;
using System.Text.Json;
using Amsp.Activities.Services;
using Amsp.Domain.Models;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;
using Amsp.Geometry.Reporting;

namespace Amsp.Host.Platform.Models;

/// <summary>
/// Reads a model file with the mesh library: its check report and size. The mesh read is kept in
/// <see cref="ModelMeshes"/>: its fingerprint (<see cref="ModelFingerprints"/>) is computed from it after the upload is
/// answered, and an order usually follows its upload and its steps need the same mesh.
/// </summary>
public sealed class GeometryModelAnalyzer(ModelMeshes meshes) : IModelAnalyzer
{
    public ModelAnalysis Analyze(string path, string fileName, string sha256, CancellationToken cancellationToken)
    {
        var format = DetectFormat(path, fileName);
        Mesh mesh;
        try
        {
            mesh = MeshReader.Read(path);
        }
        catch (MeshFormatException e)
        {
            throw new ModelRejectedException(ModelRejection.Unreadable, $"The {format.ToUpperInvariant()} file cannot be read: {e.Message}", e);
        }
        return Analyzed(format, mesh, sha256, cancellationToken);
    }

    /// <summary>
    /// A binary STL of at least <see cref="ArrivingMesh.MinBytes"/> is read while it arrives: the weld runs beside the
    /// receiving, hashing and writing of the upload instead of after it.
    /// </summary>
    public IArrivingModel? BeginArriving(string fileName, long declaredLength) =>
        declaredLength >= ArrivingMesh.MinBytes ? new ArrivingMesh(this, fileName, declaredLength) : null;

    internal ModelAnalysis AnalyzeRead(string path, string fileName, string sha256, Mesh mesh, CancellationToken cancellationToken) =>
        Analyzed(DetectFormat(path, fileName), mesh, sha256, cancellationToken);

    private ModelAnalysis Analyzed(string format, Mesh mesh, string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var report = MeshCheck.Check(mesh);
        var size = report.BboxMax - report.BboxMin;
        meshes.Remember(sha256, mesh, report);
        return new ModelAnalysis(format, Json(w => MeshJson.WriteCheck(w, report)), (size.X, size.Y, size.Z), report.Units);
    }

    private static string DetectFormat(string path, string fileName)
    {
        using var file = File.OpenRead(path);
        var head = new byte[(int)Math.Min(512, file.Length)];
        file.ReadExactly(head);
        try
        {
            return MeshReader.Detect(head, file.Length, fileName) switch
            {
                MeshFormat.ThreeMf => "3mf",
                MeshFormat.Obj => "obj",
                MeshFormat.BinaryStl when !PlausibleBinaryStl(head, file.Length) => throw new ModelRejectedException(
                    ModelRejection.UnsupportedFormat, "The file is not an STL, OBJ or 3MF model (binary content that is no STL)."),
                _ => "stl",
            };
        }
        catch (MeshFormatException e)
        {
            throw new ModelRejectedException(ModelRejection.UnsupportedFormat,
                $"The file is not an STL, OBJ or 3MF model ({e.Message.TrimEnd('.')}).", e);
        }
    }

    // Binary content that fails the STL size equation is only taken for a damaged STL when its triangle count is
    // near what the size holds (a truncated or padded file); an image or an archive declares a count out of all
    // proportion, or carries a signature of its own.
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    private static bool PlausibleBinaryStl(ReadOnlySpan<byte> head, long length)
    {
        if (head.Length < 84 || head.StartsWith(PngSignature) || head.StartsWith("%PDF"u8) || head.StartsWith("GIF8"u8)
            || head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return false;
        }
        var declared = 84 + (50L * BitConverter.ToUInt32(head.Slice(80, 4)));
        return declared <= 4 * length && declared * 4 >= length;
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
