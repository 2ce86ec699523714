using System.Buffers;
using System.Security.Cryptography;

namespace Amsp.Domain.Storage;

/// <summary>
/// Files under a root folder as <c>ab/cd/abcd…</c> by SHA-256, staged in <c>.staging/</c> on the same file
/// system so that committing is a rename.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const int BufferSize = 128 * 1024;
    private readonly string _root;
    private readonly string _staging;

    public FileSystemBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        _staging = Path.Combine(_root, ".staging");
        Directory.CreateDirectory(_staging);
    }

    public async Task<StagedBlob> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = Path.Combine(_staging, Guid.NewGuid().ToString("N"));
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new BlobTooLargeException(maxBytes);
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            return new Staged(this, path, Convert.ToHexStringLower(hash.GetHashAndReset()), length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Stream? OpenRead(string sha256) =>
        PathOf(sha256) is { } path && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true)
            : null;

    public bool Exists(string sha256) => PathOf(sha256) is { } path && File.Exists(path);

    private string? PathOf(string sha256)
    {
        // Only a well-formed hash names a file: nothing a caller passes can walk out of the root.
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        return Path.Combine(_root, sha256[..2], sha256[2..4], sha256);
    }

    private sealed class Staged(FileSystemBlobStore store, string path, string sha256, long length) : StagedBlob
    {
        private bool _committed;

        public override string Sha256 => sha256;

        public override long Length => length;

        public override string LocalPath => path;

        public override Task CommitAsync(CancellationToken cancellationToken)
        {
            var target = store.PathOf(sha256)!;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
            {
                File.Delete(path);
            }
            else
            {
                File.Move(path, target, overwrite: true);
            }
            _committed = true;
            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                File.Delete(path);
            }
            return ValueTask.CompletedTask;
        }
    }
}
