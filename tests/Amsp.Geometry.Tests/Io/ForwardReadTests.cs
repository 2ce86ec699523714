using Amsp.Geometry.Io;
using static Amsp.Geometry.Tests.Io.FileBuilder;

namespace Amsp.Geometry.Tests.Io;

/// <summary>
/// A file still arriving is read once, front to back: the mesh must be the one the usual reader gives for the same
/// bytes, and whatever that reader would not read as a binary STL of the announced length gives null (read again the usual way).
/// </summary>
public class ForwardReadTests
{
    private static readonly float[] BigSoup = MeshFactory.Soup(MeshFactory.Torus(20, 5, 400, 260)); // 208,000 triangles

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_binary_stl_read_front_to_back_is_the_mesh_the_usual_reader_gives(bool large)
    {
        var bytes = BinaryStl(large ? BigSoup : MeshFactory.Soup(MeshFactory.Torus(20, 5, 40, 20)));
        var expected = Read(bytes);
        var mesh = MeshReader.TryReadForward(new OnceStream(bytes), bytes.Length, "part.stl");
        Assert.NotNull(mesh);
        Assert.Equal(expected.VertexCount, mesh.VertexCount);
        Assert.True(expected.Positions.SequenceEqual(mesh.Positions));
        Assert.True(expected.Indices.SequenceEqual(mesh.Indices));
    }

    [Fact]
    public void A_coordinate_that_is_not_finite_needs_the_second_pass_so_the_forward_read_gives_null()
    {
        var soup = (float[])BigSoup.Clone();
        soup[(150_000 * 9) + 4] = float.NaN;
        Assert.Null(MeshReader.TryReadForward(new OnceStream(BinaryStl(soup)), BinaryStl(soup).Length, "part.stl"));
    }

    [Fact]
    public void Bytes_that_are_no_binary_stl_of_the_announced_length_give_null()
    {
        var bytes = BinaryStl(BigSoup);
        // announced longer or shorter than the header's count says, or the stream ends before the end
        Assert.Null(MeshReader.TryReadForward(new OnceStream(bytes), bytes.Length + 50, "part.stl"));
        Assert.Null(MeshReader.TryReadForward(new OnceStream(bytes), bytes.Length - 50, "part.stl"));
        Assert.Null(MeshReader.TryReadForward(new OnceStream(bytes[..(bytes.Length / 2)]), bytes.Length, "part.stl"));
        // an ASCII STL and an empty stream
        var ascii = "solid a\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid a\n"u8.ToArray();
        Assert.Null(MeshReader.TryReadForward(new OnceStream(ascii), ascii.Length, "part.stl"));
        Assert.Null(MeshReader.TryReadForward(new OnceStream([]), 0, "part.stl"));
    }

    /// <summary>Bytes that can be read once, in small pieces, and nothing else: no length, no position, no seeking.</summary>
    private sealed class OnceStream(byte[] bytes) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 7_001), bytes.Length - _at); // pieces as a network gives them
            bytes.AsSpan(_at, n).CopyTo(buffer.AsSpan(offset));
            _at += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
