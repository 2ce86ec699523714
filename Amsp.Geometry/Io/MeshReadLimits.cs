namespace Amsp.Geometry.Io;

/// <summary>
/// Upper bounds that a file must respect before anything proportional to its claims is allocated.
/// They protect the server from absurd counts and ZIP bombs.
/// </summary>
public sealed record MeshReadLimits
{
    /// <summary>The defaults described on each property.</summary>
    public static MeshReadLimits Default { get; } = new();

    /// <summary>Largest number of triangles accepted; default 50,000,000 (about 1 GB of arrays).</summary>
    public int MaxTriangles { get; init; } = 50_000_000;

    /// <summary>Largest number of vertices declared in an OBJ or 3MF file; default 50,000,000.</summary>
    public int MaxVertices { get; init; } = 50_000_000;

    /// <summary>Largest total uncompressed size of the parts read from a 3MF package; default 2 GiB.</summary>
    public long MaxUncompressedBytes { get; init; } = 2L << 30;

    /// <summary>
    /// Largest ratio of declared uncompressed size to compressed size for a 3MF part bigger than
    /// <see cref="RatioCheckedAbove"/>; default 100 (the cap office-file readers use). Checked before the part is
    /// inflated; model XML compresses about 3 to 20 times, a ZIP bomb hundreds to a thousand times.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts whose declared uncompressed size is at most this many bytes skip the ratio check; default 1 MiB.</summary>
    public long RatioCheckedAbove { get; init; } = 1 << 20;

    /// <summary>Largest number of entries in a 3MF package; default 10,000.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>Largest line length in a text format (ASCII STL, OBJ); default 1 MiB.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>Deepest nesting of 3MF components; default 32.</summary>
    public int MaxComponentDepth { get; init; } = 32;
}
