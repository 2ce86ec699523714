namespace Amsp.Geometry.Io;

/// <summary>
/// A stream read once from front to back (bytes still arriving), shown to the readers as the seekable stream they
/// expect: the head already read is replayed, the position counts the bytes handed out, and any seek that would move
/// it throws <see cref="NotSupportedException"/>, which tells <see cref="MeshReader.TryReadForward"/> to give up.
/// </summary>
internal sealed class ForwardStream(byte[] head, int headLength, Stream rest, long length) : Stream
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
            if (value == _position)
            {
                return;
            }

            // Back into the replayed head is possible; anything else would need the bytes again.
            if (value >= 0 && value <= headLength && _position <= headLength)
            {
                _position = value;
                return;
            }

            throw new NotSupportedException("The stream is read once, front to back.");
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_position < headLength)
        {
            n = Math.Min(buffer.Length, headLength - (int)_position);
            head.AsSpan((int)_position, n).CopyTo(buffer);
        }
        else
        {
            n = rest.Read(buffer);
        }

        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
