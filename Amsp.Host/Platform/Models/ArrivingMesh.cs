using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Amsp.Domain.Models;
using Amsp.Geometry;
using Amsp.Geometry.Io;

namespace Amsp.Host.Platform.Models;

/// <summary>
/// Reads a large binary STL from its bytes as the upload stages them (<see cref="IModelAnalyzer.BeginArriving"/>), on a
/// thread of its own fed through a pipe of bounded size, so the weld overlaps the receiving. The header's triangle count
/// gives the length the file will have; nothing is read when that length is not the request's (the file and at most
/// 64 KiB of form around it), so a file's word alone never makes the host reserve room. The mesh is used only when the
/// staged file has exactly that length (its bytes are the ones read: the staging read them through this pipe).
/// </summary>
internal sealed class ArrivingMesh : IArrivingModel
{
    /// <summary>Below this the overlap saves little: 8 MiB, about 170,000 triangles.</summary>
    public const long MinBytes = 8L << 20;

    private const int Header = 84;
    private const long FormOverhead = 64L << 10;

    private readonly GeometryModelAnalyzer _analyzer;
    private readonly string _fileName;
    private readonly long _declared;
    private readonly Pipe _pipe = new(new PipeOptions(pauseWriterThreshold: 4L << 20, resumeWriterThreshold: 2L << 20, useSynchronizationContext: false));
    private readonly Task<(Mesh? Mesh, long Length)> _read;
    private bool _writerDone;

    public ArrivingMesh(GeometryModelAnalyzer analyzer, string fileName, long declaredLength)
    {
        _analyzer = analyzer;
        _fileName = fileName;
        _declared = declaredLength;
        // A thread of its own: the reader waits on the pipe synchronously.
        _read = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public async ValueTask<bool> WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (_writerDone)
        {
            return false;
        }
        var flushed = await _pipe.Writer.WriteAsync(bytes, cancellationToken);
        return !flushed.IsCompleted && !flushed.IsCanceled;
    }

    public async Task<ModelAnalysis?> AnalyzeAsync(string path, string fileName, long length, string sha256, CancellationToken cancellationToken)
    {
        await CompleteWriterAsync();
        var (mesh, expected) = await _read;
        return mesh is not null && length == expected ? _analyzer.AnalyzeRead(path, fileName, sha256, mesh, cancellationToken) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await CompleteWriterAsync();
        try
        {
            await _read; // the reader ends at the end of the bytes; never leave it running
        }
        catch (Exception)
        {
            // a reader that failed read nothing anyone uses
        }
    }

    private async ValueTask CompleteWriterAsync()
    {
        if (!_writerDone)
        {
            _writerDone = true;
            await _pipe.Writer.CompleteAsync();
        }
    }

    private (Mesh? Mesh, long Length) Read()
    {
        var reader = _pipe.Reader;
        try
        {
            var length = FileLength(reader);
            if (length is not { } expected || expected > _declared || expected < _declared - FormOverhead)
            {
                return (null, 0);
            }
            using var stream = reader.AsStream(leaveOpen: true);
            return (MeshReader.TryReadForward(stream, expected, _fileName), expected);
        }
        finally
        {
            reader.Complete(); // the staging stops handing bytes on
        }
    }

    /// <summary>The length a binary STL header announces (84 + 50 × count), read without taking the bytes from the pipe.</summary>
    private static long? FileLength(PipeReader reader)
    {
        while (true)
        {
            var result = reader.ReadAsync().AsTask().GetAwaiter().GetResult();
            var buffer = result.Buffer;
            if (buffer.Length >= Header)
            {
                Span<byte> header = stackalloc byte[Header];
                buffer.Slice(0, Header).CopyTo(header);
                reader.AdvanceTo(buffer.Start); // examined nothing: the reader below starts at byte 0
                return Header + (50L * BinaryPrimitives.ReadUInt32LittleEndian(header[80..]));
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted || result.IsCanceled)
            {
                return null;
            }
        }
    }
}
