namespace Amsp.Geometry.Io;

/// <summary>The file formats the library reads.</summary>
public enum MeshFormat
{
    /// <summary>Binary STL.</summary>
    BinaryStl,

    /// <summary>ASCII STL.</summary>
    AsciiStl,

    /// <summary>Wavefront OBJ.</summary>
    Obj,

    /// <summary>3D Manufacturing Format (ZIP + XML).</summary>
    ThreeMf,
}
