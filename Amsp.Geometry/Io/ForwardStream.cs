namespace Amsp.Geometry.Io;

/// <summary>
/// A stream read once from front to back (bytes still arriving), shown to the readers as the seekable stream they
/// expect: the head already read is replayed, the position counts the bytes handed out, and setting it anywhere else
/// throws <see cref="NotSupportedException"/>, which tells <see cref="MeshReader.TryReadForward"/> to give up.
/// </summary>
internal sealed class ForwardStream(byte[] head, Stream rest, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set
        {
            if (value != _position)
            {
                throw new NotSupportedException("The stream is read once, front to back.");
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_position < head.Length)
        {
            n = Math.Min(buffer.Length, head.Length - (int)_position);
            head.AsSpan((int)_position, n).CopyTo(buffer);
        }
        else
        {
            n = rest.Read(buffer);
        }

        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The stream is read once, front to back.");

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
