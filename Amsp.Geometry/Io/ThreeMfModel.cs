using System.Globalization;
using System.Xml;

namespace Amsp.Geometry.Io;

/// <summary>The objects and build items of one 3MF model part, parsed with a streaming XML reader (DTDs prohibited).</summary>
internal sealed class ThreeMfModel
{
    private const string CoreNamespace = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02";

    public Dictionary<int, ThreeMfObject> Objects { get; } = [];

    public List<(int ObjectId, Transform3 Transform)> Items { get; } = [];

    public double UnitScale { get; private set; } = 1;

    public static ThreeMfModel Parse(Stream xml, MeshReadLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
        };
        var model = new ThreeMfModel();
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            model.Read(reader, limits);
        }
        catch (XmlException e) when (IsDtd(e))
        {
            // .NET's message goes on to explain how to turn DTD processing on, which is not advice for an uploader.
            throw new MeshFormatException("The 3MF model contains a DTD (<!DOCTYPE ...>); DTDs are refused.", e);
        }
        catch (XmlException e)
        {
            throw new MeshFormatException($"The 3MF model is not valid XML: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        return model;
    }

    /// <summary>The reader refuses a DOCTYPE with this exception (its text is fixed: globalization is invariant).</summary>
    private static bool IsDtd(XmlException e) => 
        e.Message.Contains("DTD is prohibited", StringComparison.Ordinal) || e.Message.Contains("DtdIsProhibited", StringComparison.Ordinal);

    private static bool IsCore(XmlReader r) => r.NamespaceURI is CoreNamespace or "";

    private static int IntAttribute(XmlReader r, string name)
    {
        var text = r.GetAttribute(name);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new MeshFormatException($"A 3MF <{r.LocalName}> element has a missing or invalid '{name}' attribute.");
        }

        return value;
    }

    private static float FloatAttribute(XmlReader r, string name)
    {
        var text = r.GetAttribute(name);
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
        {
            throw new MeshFormatException($"A 3MF <vertex> has a missing or non-finite '{name}' coordinate.");
        }

        return value;
    }

    private static double ParseUnit(string? unit) => unit switch
    {
        null or "millimeter" => 1,
        "micron" => 0.001,
        "centimeter" => 10,
        "inch" => 25.4,
        "foot" => 304.8,
        "meter" => 1000,
        _ => throw new MeshFormatException($"Unknown 3MF unit '{unit}'."),
    };

    private void Read(XmlReader r, MeshReadLimits limits)
    {
        ThreeMfObject? current = null;
        var sawModel = false;
        long triangles = 0;
        long vertices = 0;
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || !IsCore(r))
            {
                continue;
            }

            switch (r.LocalName)
            {
                case "model":
                    sawModel = true;
                    UnitScale = ParseUnit(r.GetAttribute("unit"));
                    break;
                case "object":
                    current = new ThreeMfObject();
                    if (!Objects.TryAdd(IntAttribute(r, "id"), current))
                    {
                        throw new MeshFormatException("Two 3MF objects have the same id.");
                    }

                    break;
                case "vertex" when current is not null:
                    if (++vertices > limits.MaxVertices)
                    {
                        throw new MeshFormatException($"The 3MF file has more than {limits.MaxVertices} vertices.");
                    }

                    current.AddVertex(FloatAttribute(r, "x"), FloatAttribute(r, "y"), FloatAttribute(r, "z"));
                    break;
                case "triangle" when current is not null:
                    if (++triangles > limits.MaxTriangles)
                    {
                        throw new MeshFormatException($"The 3MF file has more than {limits.MaxTriangles} triangles.");
                    }

                    current.AddTriangle(IntAttribute(r, "v1"), IntAttribute(r, "v2"), IntAttribute(r, "v3"));
                    break;
                case "component" when current is not null:
                    if (r.GetAttribute("path", "http://schemas.microsoft.com/3dmanufacturing/production/2015/06") is not null)
                    {
                        throw new MeshFormatException("3MF components that refer to other model parts are not supported.");
                    }

                    current.Components.Add((IntAttribute(r, "objectid"), Transform3.Parse(r.GetAttribute("transform"))));
                    break;
                case "item":
                    Items.Add((IntAttribute(r, "objectid"), Transform3.Parse(r.GetAttribute("transform"))));
                    break;
            }
        }

        if (!sawModel)
        {
            throw new MeshFormatException("The 3MF package has no <model> element.");
        }
    }
}

/// <summary>One 3MF object: a mesh, components, or both.</summary>
internal sealed class ThreeMfObject
{
    private float[] _vertices = new float[48];
    private int[] _triangles = new int[48];

    public int VertexCount { get; private set; }

    public int TriangleCount { get; private set; }

    public List<(int ObjectId, Transform3 Transform)> Components { get; } = [];

    public ReadOnlySpan<float> Vertices => _vertices.AsSpan(0, VertexCount * 3);

    public ReadOnlySpan<int> Triangles => _triangles.AsSpan(0, TriangleCount * 3);

    public void AddVertex(float x, float y, float z)
    {
        if ((VertexCount * 3) + 3 > _vertices.Length)
        {
            Array.Resize(ref _vertices, _vertices.Length * 2);
        }

        _vertices[VertexCount * 3] = x;
        _vertices[(VertexCount * 3) + 1] = y;
        _vertices[(VertexCount * 3) + 2] = z;
        VertexCount++;
    }

    public void AddTriangle(int a, int b, int c)
    {
        if (a >= VertexCount || b >= VertexCount || c >= VertexCount)
        {
            throw new MeshFormatException("A 3MF triangle refers to a vertex that does not exist.");
        }

        if ((TriangleCount * 3) + 3 > _triangles.Length)
        {
            Array.Resize(ref _triangles, _triangles.Length * 2);
        }

        _triangles[TriangleCount * 3] = a;
        _triangles[(TriangleCount * 3) + 1] = b;
        _triangles[(TriangleCount * 3) + 2] = c;
        TriangleCount++;
    }
}
