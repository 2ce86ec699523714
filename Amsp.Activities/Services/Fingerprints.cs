using System.Text.Json;
using Amsp.Geometry.Fingerprint;

namespace Amsp.Activities.Services;

/// <summary>Fingerprints as the platform stores them (the <c>amsp mesh fingerprint --json</c> object).</summary>
public static class Fingerprints
{
    public static MeshFingerprint Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new MeshFingerprint(root.GetProperty("sha256").GetString() ?? "",
            [.. root.GetProperty("shapeHistogram").EnumerateArray().Select(e => e.GetDouble())]);
    }
}
