using System.Text.Json;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Fingerprint;
using Amsp.Geometry.Repair;

namespace Amsp.Geometry.Reporting;

/// <summary>
/// The JSON shapes of the <c>amsp mesh</c> verbs, written with <see cref="Utf8JsonWriter"/> (no reflection, fast start).
/// Field names are camelCase and fixed: other services parse them.
/// </summary>
public static class MeshJson
{
    /// <summary>Writes a check report as a JSON object.</summary>
    /// <param name="w">Destination writer.</param>
    /// <param name="r">The report.</param>
    public static void WriteCheck(Utf8JsonWriter w, CheckReport r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        WriteCheckFields(w, r);
        w.WriteEndObject();
    }

    /// <summary>Writes the check of the input, the repair actions and the check of the result (<c>after</c>).</summary>
    /// <param name="w">Destination writer.</param>
    /// <param name="result">The repair.</param>
    public static void WriteRepair(Utf8JsonWriter w, RepairResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        WriteCheckFields(w, result.Before);
        w.WriteStartArray("actions");
        foreach (var a in result.Actions)
        {
            w.WriteStartObject();
            w.WriteString("action", a.Action);
            w.WriteNumber("count", a.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteStrings(w, "repairWarnings", result.Warnings);
        w.WritePropertyName("after");
        WriteCheck(w, result.After);
        w.WriteEndObject();
    }

    /// <summary>Writes a fingerprint: hash, counts and shape histogram.</summary>
    /// <param name="w">Destination writer.</param>
    /// <param name="mesh">The mesh fingerprinted.</param>
    /// <param name="f">Its fingerprint.</param>
    public static void WriteFingerprint(Utf8JsonWriter w, Mesh mesh, MeshFingerprint f)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(mesh);
        ArgumentNullException.ThrowIfNull(f);
        w.WriteStartObject();
        w.WriteString("sha256", f.Sha256);
        w.WriteNumber("triangles", mesh.TriangleCount);
        w.WriteNumber("vertices", mesh.VertexCount);
        w.WriteStartArray("shapeHistogram");
        foreach (var x in f.ShapeHistogram)
        {
            w.WriteNumberValue(Math.Round(x, 6));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the comparison of two fingerprints.</summary>
    /// <param name="w">Destination writer.</param>
    /// <param name="a">First fingerprint.</param>
    /// <param name="b">Second fingerprint.</param>
    public static void WriteCompare(Utf8JsonWriter w, MeshFingerprint a, MeshFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        w.WriteStartObject();
        w.WriteNumber("similarity", Math.Round(a.Similarity(b), 4));
        w.WriteBoolean("identical", a.Sha256 == b.Sha256);
        w.WriteString("sha256A", a.Sha256);
        w.WriteString("sha256B", b.Sha256);
        w.WriteEndObject();
    }

    private static void WriteCheckFields(Utf8JsonWriter w, CheckReport r)
    {
        w.WriteNumber("triangles", r.Triangles);
        w.WriteNumber("vertices", r.Vertices);
        w.WriteNumber("shells", r.Shells);
        w.WriteNumber("boundaryEdges", r.BoundaryEdges);
        w.WriteNumber("holes", r.Holes);
        w.WriteNumber("nonManifoldEdges", r.NonManifoldEdges);
        w.WriteNumber("nonManifoldVertices", r.NonManifoldVertices);
        w.WriteNumber("degenerateFaces", r.DegenerateFaces);
        w.WriteNumber("duplicateFaces", r.DuplicateFaces);
        w.WriteNumber("flippedFaces", r.FlippedFaces);
        w.WriteNumber("invertedShells", r.InvertedShells);
        w.WriteNumber("nearVertices", r.NearVertices);
        WriteMaybe(w, "volume", r.Volume);
        WriteMaybe(w, "volumeIfClosed", r.VolumeIfClosed);
        w.WriteNumber("area", Math.Round(r.Area, 4));
        w.WriteNumber("watertightShells", r.WatertightShells);
        WriteVector(w, "bboxMin", r.BboxMin);
        WriteVector(w, "bboxMax", r.BboxMax);
        w.WriteBoolean("watertight", r.Watertight);
        w.WriteString("units", r.Units);
        w.WriteNumber("overhangArea", Math.Round(r.OverhangArea, 4));
        if (r.FitsBuildVolume is { } fits)
        {
            w.WriteBoolean("fitsBuildVolume", fits);
        }

        WriteStrings(w, "warnings", r.Warnings);
    }

    /// <summary>A volume, or null when there is none (NaN: an open mesh, or a hole the fill cannot close).</summary>
    private static void WriteMaybe(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsNaN(value))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, Math.Round(value, 4));
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteVector(Utf8JsonWriter w, string name, Vec3 v)
    {
        w.WriteStartArray(name);
        // Coordinates come from float32 data: written as floats they print as in the file (25.9901, not 25.990100860595703).
        w.WriteNumberValue((float)v.X);
        w.WriteNumberValue((float)v.Y);
        w.WriteNumberValue((float)v.Z);
        w.WriteEndArray();
    }
}
