using Amsp.Geometry.Io;
using static Amsp.Geometry.Tests.Io.FileBuilder;

namespace Amsp.Geometry.Tests.Io;

/// <summary>
/// Large binary STL files are welded in batches: from a file on two threads, each welding half of the triangles; from a
/// stream read front to back on one. Either way the mesh must be the one the plain one-thread reader gives.
/// </summary>
public sealed class PartitionedReadTests : IDisposable
{
    private static readonly float[] BigSoup = MeshFactory.Soup(MeshFactory.Torus(20, 5, 400, 260)); // 208,000 triangles
    private readonly string _dir = Directory.CreateTempSubdirectory("amsp-weld-").FullName;

    public static TheoryData<string> Sources => ["memory", "file"];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_large_binary_stl_reads_as_the_one_thread_weld_reads_it(string source)
    {
        var soup = (float[])BigSoup.Clone();
        soup[4] = -0f; // both signs of zero still weld
        soup[(200_000 * 9) + 1] = -0f;
        AssertWeldedAsOneThread(soup, ReadFrom(source, BinaryStl(soup)));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Triangles_in_random_order_share_vertices_across_the_halves_and_still_read_as_the_one_thread_weld(string source)
    {
        // Shuffled, nearly every vertex of the second half is also in the first; each must keep the first half's id.
        var random = new Random(7);
        var order = Enumerable.Range(0, BigSoup.Length / 9).OrderBy(_ => random.Next()).ToArray();
        var soup = order.SelectMany(t => BigSoup.AsSpan(t * 9, 9).ToArray()).ToArray();
        AssertWeldedAsOneThread(soup, ReadFrom(source, BinaryStl(soup)));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_bad_coordinate_in_a_large_file_names_the_first_bad_triangle(string source)
    {
        var soup = (float[])BigSoup.Clone();
        soup[(150_000 * 9) + 4] = float.NaN;
        soup[(190_000 * 9) + 2] = float.PositiveInfinity;
        var e = Assert.Throws<MeshFormatException>(() => ReadFrom(source, BinaryStl(soup)));
        Assert.Equal("Triangle 150000 has a coordinate that is not a finite number.", e.Message);

        soup = (float[])BigSoup.Clone();
        soup[(20_000 * 9) + 7] = float.NegativeInfinity; // in the first half only
        e = Assert.Throws<MeshFormatException>(() => ReadFrom(source, BinaryStl(soup)));
        Assert.Equal("Triangle 20000 has a coordinate that is not a finite number.", e.Message);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Too_many_vertices_is_a_format_error_not_a_thread_failure(string source)
    {
        var limits = new MeshReadLimits { MaxVertices = 50_000 };
        var e = Assert.Throws<MeshFormatException>(() => ReadFrom(source, BinaryStl(BigSoup), limits));
        Assert.Equal("The mesh has more than 50000 vertices.", e.Message);
    }

    private static void AssertWeldedAsOneThread(float[] soup, Mesh mesh)
    {
        var expected = Mesh.FromTriangleSoup(soup);
        Assert.Equal(expected.VertexCount, mesh.VertexCount);
        Assert.True(expected.Positions.SequenceEqual(mesh.Positions));
        Assert.True(expected.Indices.SequenceEqual(mesh.Indices));
    }

    private Mesh ReadFrom(string source, byte[] content, MeshReadLimits? limits = null)
    {
        if (source == "memory")
        {
            return MeshReader.Read(new MemoryStream(content), "model.stl", limits);
        }

        var path = Path.Combine(_dir, "model.stl");
        File.WriteAllBytes(path, content);
        return MeshReader.Read(path, limits);
    }
}
