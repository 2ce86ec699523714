namespace Amsp.Domain.Storage;

/// <summary>
/// Content-addressed storage of files (models, G-code, certificates): each file is stored once under its
/// lower-case hex SHA-256. Writes are staged first, so a file that turns out to be unreadable, too large or
/// unwanted never reaches the store. The default keeps files under the data folder; encrypted or object
/// storage can replace it without touching callers.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Copies <paramref name="content"/> into a staging area while hashing it, never holding it whole in memory.
    /// Throws <see cref="BlobTooLargeException"/> as soon as more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    Task<StagedBlob> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading, or null when no file has that hash.</summary>
    Stream? OpenRead(string sha256);

    /// <summary>Whether a file with that hash is stored.</summary>
    bool Exists(string sha256);
}

/// <summary>A file being stored: read it, then commit it into the store or dispose of it to drop it.</summary>
public abstract class StagedBlob : IAsyncDisposable
{
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public abstract string Sha256 { get; }

    /// <summary>Length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>A path on the local file system while staged, for readers that want one.</summary>
    public abstract string LocalPath { get; }

    /// <summary>Moves the file into the store (a no-op when an identical file is already there).</summary>
    public abstract Task CommitAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}

/// <summary>More bytes arrived than the limit allows.</summary>
public sealed class BlobTooLargeException(long limit)
    : Exception($"The file is larger than the limit of {limit:N0} bytes.")
{
    public long Limit { get; } = limit;
}
