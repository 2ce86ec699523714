using System.IO.Compression;
using System.Xml;

namespace Amsp.Geometry.Io;

/// <summary>
/// 3MF: a ZIP package whose start part holds objects (meshes and components) and build items with transforms.
/// Every build item is flattened into one mesh in millimetres.
/// </summary>
internal static class ThreeMfReader
{
    public static Mesh Read(Stream stream, MeshReadLimits limits)
    {
        try
        {
            return ReadPackage(stream, limits);
        }
        catch (InvalidDataException e)
        {
            // The ZIP layer reports corruption as it meets it: in the directory, an entry list or a compressed block.
            throw new MeshFormatException($"The 3MF file is not a valid ZIP package: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    private static Mesh ReadPackage(Stream stream, MeshReadLimits limits)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw new MeshFormatException($"The 3MF package has {zip.Entries.Count} entries; the limit is {limits.MaxZipEntries}.");
        }

        var entry = FindModelPart(zip, limits)
            ?? throw new MeshFormatException("The 3MF package has no 3D model part.");
        CheckDeclaredSize(entry, limits);
        ThreeMfModel model;

        // The part may not inflate past what it declared (which passed the checks above), whatever its headers claim.
        using (var xml = new LimitedStream(entry.Open(), entry.Length))
        {
            model = ThreeMfModel.Parse(xml, limits);
        }

        return Flatten(model, limits);
    }

    /// <summary>
    /// Refuses a part before inflating it when its declared size is over the limit, or when it is over
    /// <see cref="MeshReadLimits.RatioCheckedAbove"/> and would expand more than
    /// <see cref="MeshReadLimits.MaxCompressionRatio"/> times its compressed size.
    /// </summary>
    private static void CheckDeclaredSize(ZipArchiveEntry entry, MeshReadLimits limits)
    {
        if (entry.Length > limits.MaxUncompressedBytes)
        {
            throw new MeshFormatException($"The 3MF model part expands to {entry.Length} bytes; the limit is {limits.MaxUncompressedBytes}.");
        }

        if (entry.Length > limits.RatioCheckedAbove && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            throw new MeshFormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The 3MF model part declares {entry.Length} bytes from {entry.CompressedLength} compressed bytes, {entry.Length / (double)Math.Max(1, entry.CompressedLength):0} times as many; parts over {limits.RatioCheckedAbove} bytes that expand more than {limits.MaxCompressionRatio} times are refused as possible ZIP bombs."));
        }
    }

    private static ZipArchiveEntry? FindModelPart(ZipArchive zip, MeshReadLimits limits)
    {
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is not null && rels.Length < 1 << 20)
        {
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(new LimitedStream(rels.Open(), Math.Min(1 << 20, limits.MaxUncompressedBytes)), settings);
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                        && (reader.GetAttribute("Type")?.EndsWith("/3dmodel", StringComparison.Ordinal) ?? false))
                    {
                        var target = reader.GetAttribute("Target")?.TrimStart('/');
                        var part = target is null ? null : zip.GetEntry(target);
                        if (part is not null)
                        {
                            return part;
                        }
                    }
                }
            }
            catch (XmlException)
            {
                // A broken relationship part is not fatal: fall back to the first .model entry below.
            }
        }

        return zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".model", StringComparison.OrdinalIgnoreCase));
    }

    private static Mesh Flatten(ThreeMfModel model, MeshReadLimits limits)
    {
        if (model.Items.Count == 0)
        {
            throw new MeshFormatException("The 3MF model has no build items.");
        }

        // Count first (components may instance an object many times): nothing is allocated for a bomb.
        var counts = new Dictionary<int, long>();
        long total = 0;
        foreach (var (id, _) in model.Items)
        {
            total += Count(model, id, counts, [], limits);
            if (total > limits.MaxTriangles)
            {
                throw new MeshFormatException($"The 3MF build has more than {limits.MaxTriangles} triangles once components are expanded.");
            }
        }

        var builder = new MeshBuilder((int)total, limits);
        var unit = Transform3.Scale(model.UnitScale);
        foreach (var (id, transform) in model.Items)
        {
            Emit(model, id, transform.Then(unit), builder);
        }

        return builder.Build();
    }

    private static long Count(ThreeMfModel model, int id, Dictionary<int, long> counts, HashSet<int> path, MeshReadLimits limits)
    {
        if (counts.TryGetValue(id, out var known))
        {
            return known;
        }

        if (!model.Objects.TryGetValue(id, out var obj))
        {
            throw new MeshFormatException($"A 3MF build item or component refers to object {id}, which does not exist.");
        }

        if (!path.Add(id) || path.Count > limits.MaxComponentDepth)
        {
            throw new MeshFormatException("3MF components form a cycle or are nested too deeply.");
        }

        long sum = obj.TriangleCount;
        foreach (var (child, _) in obj.Components)
        {
            sum += Count(model, child, counts, path, limits);
            if (sum > limits.MaxTriangles)
            {
                throw new MeshFormatException($"The 3MF build has more than {limits.MaxTriangles} triangles once components are expanded.");
            }
        }

        path.Remove(id);
        counts[id] = sum;
        return sum;
    }

    private static void Emit(ThreeMfModel model, int id, Transform3 toWorld, MeshBuilder builder)
    {
        var obj = model.Objects[id];
        if (obj.TriangleCount > 0)
        {
            var map = new int[obj.VertexCount];
            var v = obj.Vertices;
            for (var i = 0; i < obj.VertexCount; i++)
            {
                var (x, y, z) = toWorld.Apply(v[i * 3], v[(i * 3) + 1], v[(i * 3) + 2]);
                if (!float.IsFinite((float)x) || !float.IsFinite((float)y) || !float.IsFinite((float)z))
                {
                    throw new MeshFormatException("A 3MF transform moves a vertex outside the range of single-precision numbers.");
                }

                map[i] = builder.AddVertex((float)x, (float)y, (float)z);
            }

            var t = obj.Triangles;
            for (var i = 0; i < t.Length; i += 3)
            {
                builder.AddTriangle(map[t[i]], map[t[i + 1]], map[t[i + 2]]);
            }
        }

        foreach (var (child, transform) in obj.Components)
        {
            Emit(model, child, transform.Then(toWorld), builder);
        }
    }
}
