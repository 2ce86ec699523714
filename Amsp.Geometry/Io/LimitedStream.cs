namespace Amsp.Geometry.Io;

/// <summary>Read-only wrapper that fails once more than a budget of bytes has been read (ZIP bomb guard).</summary>
internal sealed class LimitedStream(Stream inner, long budget) : Stream
{
    private readonly long _budget = budget;
    private long _remaining = budget;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _remaining -= n;
        if (_remaining < 0)
        {
            throw new MeshFormatException($"The 3MF part expands to more than {_budget} bytes, more than it declares or than the limit; refusing it as a possible ZIP bomb.");
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
