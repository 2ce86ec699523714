namespace Amsp.Geometry.Analysis;

/// <summary>Everything <see cref="MeshCheck.Check"/> finds out about a mesh. Lengths are in file units (mm unless the file says otherwise).</summary>
public sealed record CheckReport
{
    /// <summary>Number of triangles.</summary>
    public required int Triangles { get; init; }

    /// <summary>Number of distinct vertices after an exact weld.</summary>
    public required int Vertices { get; init; }

    /// <summary>
    /// Connected components of faces joined through shared edges. Faces with a repeated vertex belong to no shell,
    /// and a component made only of zero-area faces is not a shell: neither adds anything to the part.
    /// </summary>
    public required int Shells { get; init; }

    /// <summary>Edges used by exactly one face.</summary>
    public required int BoundaryEdges { get; init; }

    /// <summary>Holes: connected loops of boundary edges.</summary>
    public required int Holes { get; init; }

    /// <summary>Edges used by more than two faces.</summary>
    public required int NonManifoldEdges { get; init; }

    /// <summary>Vertices whose faces form more than one fan.</summary>
    public required int NonManifoldVertices { get; init; }

    /// <summary>Faces with a repeated vertex, zero area or collinear corners.</summary>
    public required int DegenerateFaces { get; init; }

    /// <summary>Faces with the same three vertices as another face (counted beyond the first).</summary>
    public required int DuplicateFaces { get; init; }

    /// <summary>Faces oriented against the majority of their shell.</summary>
    public required int FlippedFaces { get; init; }

    /// <summary>Shells turned inside out: negative volume for an outer shell, positive for a cavity.</summary>
    public required int InvertedShells { get; init; }

    /// <summary>Vertices on boundary edges that a weld within the tolerance would merge into another one (cracks).</summary>
    public required int NearVertices { get; init; }

    /// <summary>
    /// Volume of the part: each shell counted once with its orientation made consistent, a cavity (a shell inside an
    /// odd number of others) subtracted, every other shell added, duplicate faces not counted. It does not depend on
    /// flipped faces, inside-out shells, the position of the part or the order of the vertices.
    /// <see cref="double.NaN"/> when the mesh is open (has a boundary edge): such a mesh has no volume; see
    /// <see cref="VolumeIfClosed"/>. The JSON report writes NaN as <c>null</c>.
    /// </summary>
    public required double Volume { get; init; }

    /// <summary>
    /// The volume the part has once every hole is closed by the same fill <see cref="Repair.MeshRepair"/> uses; equal
    /// to <see cref="Volume"/> on a closed mesh. <see cref="double.NaN"/> when some chain of boundary edges does not
    /// close into a loop (the fill cannot close it).
    /// </summary>
    public double VolumeIfClosed { get; init; } = double.NaN;

    /// <summary>True when the mesh has a volume (it is closed): <see cref="Volume"/> is a number.</summary>
    public bool HasVolume => !double.IsNaN(Volume);

    /// <summary>Surface area of the faces, duplicate faces counted once.</summary>
    public required double Area { get; init; }

    /// <summary>Shells with no boundary edge and no non-manifold edge (duplicate faces set aside).</summary>
    public int WatertightShells { get; init; }

    /// <summary>What the reader recovered from (see <see cref="Mesh.Warnings"/>); empty for a clean file.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Lower corner of the bounding box.</summary>
    public required Vec3 BboxMin { get; init; }

    /// <summary>Upper corner of the bounding box.</summary>
    public required Vec3 BboxMax { get; init; }

    /// <summary>Closed two-manifold surface: no boundary edge and no non-manifold edge.</summary>
    public bool Watertight => BoundaryEdges == 0 && NonManifoldEdges == 0;

    /// <summary>Guessed units: "mm", "inch" or "m".</summary>
    public required string Units { get; init; }

    /// <summary>Area needing support for the checked build direction and angle.</summary>
    public required double OverhangArea { get; init; }

    /// <summary>Whether the part fits the requested build volume in some axis-aligned orientation; null when none was given.</summary>
    public bool? FitsBuildVolume { get; init; }
}
