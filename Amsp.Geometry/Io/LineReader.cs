namespace Amsp.Geometry.Io;

/// <summary>
/// Reads a stream line by line as raw bytes, without allocating a string per line,
/// and refuses lines longer than a limit so that a file without newlines cannot exhaust memory.
/// </summary>
internal sealed class LineReader
{
    private readonly Stream _stream;
    private readonly int _maxLine;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public LineReader(Stream stream, int maxLine)
    {
        _stream = stream;
        _maxLine = maxLine;
    }

    public long LineNumber { get; private set; }

    public long BytesRead { get; private set; }

    /// <summary>Next line without its terminator; false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var nl = span.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                line = TrimCr(span[..nl]);
                _start += nl + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (span.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = TrimCr(span);
                _start = _end;
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> s) => s.Length > 0 && s[^1] == '\r' ? s[..^1] : s;

    private void Fill()
    {
        var pending = _end - _start;
        if (pending > _maxLine)
        {
            throw new MeshFormatException($"Line {LineNumber + 1} is longer than {_maxLine} bytes; this is not a mesh file.");
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }

        _end += n;
        BytesRead += n;
    }
}
