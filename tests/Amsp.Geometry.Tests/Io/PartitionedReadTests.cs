using static Amsp.Geometry.Tests.Io.FileBuilder;

namespace Amsp.Geometry.Tests.Io;

/// <summary>Large binary STL files are welded on two threads; the mesh must be the one the one-thread weld gives.</summary>
public class PartitionedReadTests
{
    private static readonly float[] BigSoup = MeshFactory.Soup(MeshFactory.Torus(20, 5, 400, 260)); // 208,000 triangles

    [Fact]
    public void A_large_binary_stl_reads_as_the_one_thread_weld_reads_it()
    {
        var soup = (float[])BigSoup.Clone();
        soup[4] = -0f; // both signs of zero still weld
        var expected = Mesh.FromTriangleSoup(soup);
        var mesh = Read(BinaryStl(soup));
        Assert.Equal(expected.VertexCount, mesh.VertexCount);
        Assert.True(expected.Positions.SequenceEqual(mesh.Positions));
        Assert.True(expected.Indices.SequenceEqual(mesh.Indices));
    }

    [Fact]
    public void A_bad_coordinate_in_a_large_file_names_the_first_bad_triangle()
    {
        var soup = (float[])BigSoup.Clone();
        soup[(150_000 * 9) + 4] = float.NaN;
        soup[(190_000 * 9) + 2] = float.PositiveInfinity;
        var e = Assert.Throws<MeshFormatException>(() => Read(BinaryStl(soup)));
        Assert.Equal("Triangle 150000 has a coordinate that is not a finite number.", e.Message);
    }
}
