using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Fingerprint;
using Amsp.Geometry.Io;
using Amsp.Geometry.Repair;

namespace Amsp.Geometry.Reporting;

/// <summary>
/// What the <c>amsp mesh</c> verbs do, independent of any command-line library: read, run, print JSON or text.
/// Unreadable files surface as <see cref="MeshFormatException"/> or <see cref="IOException"/>; the caller turns
/// them into one line on stderr and exit code 2.
/// </summary>
public static class MeshTool
{
    /// <summary>
    /// The <see cref="AppContext"/> switch that has the library collect memory between the stages of a large mesh
    /// (250,000 triangles and more), so that a process's peak memory follows the largest stage rather than the sum
    /// of them. For one-shot commands (the <c>amsp mesh</c> verbs set it); a server should leave it off, since a forced
    /// collection stops every other request too.
    /// </summary>
    public const string CollectBetweenStages = Scratch.Switch;

    /// <summary><c>mesh check FILE</c>.</summary>
    /// <param name="path">Model file.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="output">Where the result goes (standard output).</param>
    /// <param name="progress">Optional read progress.</param>
    /// <param name="options">Check parameters.</param>
    public static void Check(string path, bool json, TextWriter output, IProgress<double>? progress = null, CheckOptions? options = null)
    {
        var report = MeshCheck.Check(MeshReader.Read(path, progress: progress), options);
        Write(output, json, w => MeshJson.WriteCheck(w, report), t => WriteText(t, report));
    }

    /// <summary><c>mesh repair IN OUT</c>: OUT is written as 3MF when it ends in .3mf, else as binary STL.</summary>
    /// <param name="input">Model file to repair.</param>
    /// <param name="outputPath">Repaired file to write.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="output">Where the report goes (standard output).</param>
    /// <param name="progress">Optional read progress.</param>
    /// <param name="options">Repair parameters.</param>
    public static void Repair(string input, string outputPath, bool json, TextWriter output, IProgress<double>? progress = null, RepairOptions? options = null)
    {
        var result = MeshRepair.Repair(MeshReader.Read(input, progress: progress), options);
        MeshWriter.Write(result.Mesh, outputPath);
        Write(output, json, w => MeshJson.WriteRepair(w, result), t =>
        {
            WriteText(t, result.Before);
            foreach (var a in result.Actions)
            {
                t.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Action}: {a.Count}"));
            }

            foreach (var warning in result.Warnings)
            {
                t.WriteLine($"repair warning: {warning}");
            }

            t.WriteLine("after:");
            WriteText(t, result.After, "  ");
        });
    }

    /// <summary><c>mesh fingerprint FILE</c>.</summary>
    /// <param name="path">Model file.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="output">Where the result goes (standard output).</param>
    public static void Fingerprint(string path, bool json, TextWriter output)
    {
        var mesh = MeshReader.Read(path);
        var f = MeshFingerprint.Compute(mesh);
        Write(output, json, w => MeshJson.WriteFingerprint(w, mesh, f), t =>
        {
            t.WriteLine($"sha256: {f.Sha256}");
            t.WriteLine(string.Create(CultureInfo.InvariantCulture, $"triangles: {mesh.TriangleCount}\nvertices: {mesh.VertexCount}"));
        });
    }

    /// <summary><c>mesh compare A B</c>.</summary>
    /// <param name="a">First model file.</param>
    /// <param name="b">Second model file.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="output">Where the result goes (standard output).</param>
    public static void Compare(string a, string b, bool json, TextWriter output)
    {
        var fa = MeshFingerprint.Compute(MeshReader.Read(a));
        var fb = MeshFingerprint.Compute(MeshReader.Read(b));
        Write(output, json, w => MeshJson.WriteCompare(w, fa, fb), t =>
        {
            t.WriteLine(string.Create(CultureInfo.InvariantCulture, $"similarity: {fa.Similarity(fb):0.####}"));
            t.WriteLine($"identical: {(fa.Sha256 == fb.Sha256 ? "yes" : "no")}");
        });
    }

    private static void Write(TextWriter output, bool json, Action<Utf8JsonWriter> writeJson, Action<TextWriter> writeText)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (json)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writeJson(w);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        else
        {
            writeText(output);
        }

        output.Flush();
    }

    private static void WriteText(TextWriter t, CheckReport r, string indent = "")
    {
        var c = CultureInfo.InvariantCulture;
        t.WriteLine(string.Create(c, $"{indent}triangles: {r.Triangles}\n{indent}vertices: {r.Vertices}\n{indent}shells: {r.Shells}"));
        t.WriteLine(string.Create(c, $"{indent}boundaryEdges: {r.BoundaryEdges}\n{indent}holes: {r.Holes}\n{indent}nonManifoldEdges: {r.NonManifoldEdges}\n{indent}nonManifoldVertices: {r.NonManifoldVertices}"));
        t.WriteLine(string.Create(c, $"{indent}degenerateFaces: {r.DegenerateFaces}\n{indent}duplicateFaces: {r.DuplicateFaces}\n{indent}flippedFaces: {r.FlippedFaces}\n{indent}invertedShells: {r.InvertedShells}\n{indent}nearVertices: {r.NearVertices}"));
        t.WriteLine(string.Create(c, $"{indent}volume: {Maybe(r.Volume)}\n{indent}volumeIfClosed: {Maybe(r.VolumeIfClosed)}\n{indent}area: {r.Area:0.####}\n{indent}watertightShells: {r.WatertightShells}"));
        t.WriteLine(string.Create(c, $"{indent}bboxMin: {(float)r.BboxMin.X} {(float)r.BboxMin.Y} {(float)r.BboxMin.Z}\n{indent}bboxMax: {(float)r.BboxMax.X} {(float)r.BboxMax.Y} {(float)r.BboxMax.Z}"));
        t.WriteLine(string.Create(c, $"{indent}watertight: {(r.Watertight ? "yes" : "no")}\n{indent}units: {r.Units}\n{indent}overhangArea: {r.OverhangArea:0.####}"));
        foreach (var warning in r.Warnings)
        {
            t.WriteLine($"{indent}warning: {warning}");
        }
    }

    private static string Maybe(double volume) => double.IsNaN(volume) ? "none (open mesh)" : volume.ToString("0.####", CultureInfo.InvariantCulture);
}
