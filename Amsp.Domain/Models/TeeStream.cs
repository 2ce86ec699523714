namespace Amsp.Domain.Models;

/// <summary>
/// Reads a file's bytes for the staging and hands each piece on to a reader of the arriving file
/// (<see cref="IArrivingModel"/>) until that one wants no more.
/// </summary>
internal sealed class TeeStream(Stream inner, IArrivingModel arriving) : Stream
{
    private bool _handing = true;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        if (read > 0 && _handing)
        {
            _handing = await arriving.WriteAsync(buffer[..read], cancellationToken);
        }
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The staging reads asynchronously; a synchronous read would block on the hand-on.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
