using System.Text;

namespace Amsp.Geometry.Io;

/// <summary>
/// Reads STL (binary or ASCII), OBJ and 3MF into a <see cref="Mesh"/>. The format is told from the content
/// (ZIP signature, the binary STL size equation 84 + 50 n, the <c>solid</c> keyword), with the file name only
/// as a hint for OBJ. Every unreadable input raises <see cref="MeshFormatException"/>.
/// </summary>
public static class MeshReader
{
    /// <summary>Reads a model file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="limits">Bounds on counts and sizes; <see cref="MeshReadLimits.Default"/> when null.</param>
    /// <param name="progress">Receives the fraction read, from 0 to 1.</param>
    /// <exception cref="MeshFormatException">The file is not a readable mesh.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static Mesh Read(string path, MeshReadLimits? limits = null, IProgress<double>? progress = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), limits, progress);
    }

    /// <summary>Reads a model from a seekable stream.</summary>
    /// <param name="stream">The content; must be seekable (its length is part of the format checks).</param>
    /// <param name="fileName">Name of the file, used only to recognise OBJ; may be null.</param>
    /// <param name="limits">Bounds on counts and sizes; <see cref="MeshReadLimits.Default"/> when null.</param>
    /// <param name="progress">Receives the fraction read, from 0 to 1.</param>
    /// <exception cref="MeshFormatException">The content is not a readable mesh.</exception>
    public static Mesh Read(Stream stream, string? fileName, MeshReadLimits? limits = null, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(stream));
        }

        limits ??= MeshReadLimits.Default;
        var length = stream.Length - stream.Position;
        var start = stream.Position;
        var head = new byte[(int)Math.Min(512, length)];
        stream.ReadExactly(head);
        stream.Position = start;
        try
        {
            var mesh = Detect(head, length, fileName) switch
            {
                MeshFormat.ThreeMf => ThreeMfReader.Read(stream, limits),
                MeshFormat.BinaryStl => BinaryStlReader.Read(stream, length, limits, progress),
                MeshFormat.AsciiStl => AsciiStlReader.Read(stream, length, limits, progress),
                _ => ObjReader.Read(stream, length, limits, progress),
            };
            Scratch.Release(mesh.TriangleCount); // the weld tables are garbage now
            return mesh;
        }
        catch (EndOfStreamException e)
        {
            throw new MeshFormatException("The file ends unexpectedly; it is truncated.", e);
        }
    }

    /// <summary>
    /// Reads a binary STL from a stream that can be read only once, front to back (a file still arriving), when the
    /// length it will have is known: the mesh is the one <see cref="Read(Stream, string?, MeshReadLimits?, IProgress{double}?)"/>
    /// gives for the same bytes. Null when that reader would not read the bytes as a binary STL of this length, when they
    /// would need a second pass (a coordinate that is not finite: the seekable reader names the first such triangle) or
    /// when the stream ends early or fails; the caller then reads the file the usual way, which also words any error.
    /// </summary>
    /// <param name="stream">The bytes from the first one on.</param>
    /// <param name="length">The length the content will have.</param>
    /// <param name="fileName">Name of the file, used only to recognise OBJ; may be null.</param>
    /// <param name="limits">Bounds on counts and sizes; <see cref="MeshReadLimits.Default"/> when null.</param>
    public static Mesh? TryReadForward(Stream stream, long length, string? fileName, MeshReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= MeshReadLimits.Default;
        try
        {
            var head = new byte[(int)Math.Min(512, length)];
            if (length <= 0 || stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length
                || Detect(head, length, fileName) != MeshFormat.BinaryStl || !BinaryStlReader.SizeMatches(head, length))
            {
                return null;
            }

            var mesh = BinaryStlReader.Read(new ForwardStream(head, stream, length), length, limits, null);
            Scratch.Release(mesh.TriangleCount);
            return mesh;
        }
        catch (Exception e) when (e is MeshFormatException or EndOfStreamException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    /// <summary>Tells the format of a file from its first bytes, its length and its name.</summary>
    /// <param name="head">The first bytes (512 are enough).</param>
    /// <param name="length">Total length in bytes.</param>
    /// <param name="fileName">Optional file name.</param>
    /// <exception cref="MeshFormatException">The content matches no supported format.</exception>
    public static MeshFormat Detect(ReadOnlySpan<byte> head, long length, string? fileName)
    {
        if (length == 0)
        {
            throw new MeshFormatException("The file is empty.");
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return MeshFormat.ThreeMf;
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension == ".3mf")
        {
            throw new MeshFormatException("The file is named .3mf but is not a ZIP package.");
        }

        // Binary files often start with "solid" too, so the size equation decides first.
        if (BinaryStlReader.SizeMatches(head, length))
        {
            return MeshFormat.BinaryStl;
        }

        var text = LooksLikeText(head);
        if (extension == ".obj")
        {
            return text ? MeshFormat.Obj : throw new MeshFormatException("The file is named .obj but is not text.");
        }

        if (text && head.TrimStart(" \t\r\n"u8).StartsWith("solid"u8))
        {
            return MeshFormat.AsciiStl;
        }

        if (text && LooksLikeObj(head))
        {
            return MeshFormat.Obj;
        }

        if (text)
        {
            throw new MeshFormatException("The file is text but neither ASCII STL (which starts with 'solid') nor OBJ.");
        }

        if (length < 84)
        {
            throw new MeshFormatException($"The file is {length} bytes long, too short for a binary STL and not a text mesh.");
        }

        return MeshFormat.BinaryStl; // the reader reports the count/size mismatch precisely
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b == 0 || (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeObj(ReadOnlySpan<byte> head)
    {
        var s = Encoding.ASCII.GetString(head);
        return s.StartsWith("v ", StringComparison.Ordinal) || s.StartsWith('#') || s.Contains("\nv ", StringComparison.Ordinal);
    }
}
