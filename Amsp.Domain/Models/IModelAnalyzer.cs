namespace Amsp.Domain.Models;

/// <summary>
/// What the platform learns from a model file when it arrives. The fingerprint for the copyright registry is not
/// part of it: it is computed after the upload is answered.
/// </summary>
/// <param name="Format"><c>stl</c>, <c>obj</c> or <c>3mf</c>, from the content.</param>
/// <param name="CheckReportJson">The mesh check report (the <c>amsp mesh check --json</c> object).</param>
/// <param name="Size">Bounding-box size in the file's units.</param>
/// <param name="UnitsGuess"><c>mm</c>, <c>inch</c> or <c>m</c>.</param>
public sealed record ModelAnalysis(string Format, string CheckReportJson, (double X, double Y, double Z) Size, string UnitsGuess);

/// <summary>Reads and analyses a model file; the mesh library does the work.</summary>
public interface IModelAnalyzer
{
    /// <exception cref="ModelRejectedException">The file is not a model the platform can read.</exception>
    /// <param name="path">The staged file.</param>
    /// <param name="fileName">The name it was uploaded with (a hint to the format only).</param>
    /// <param name="sha256">The file's SHA-256, by which the store will name it.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    ModelAnalysis Analyze(string path, string fileName, string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Starts reading a file from its bytes while they arrive, beside the staging, where the analyzer can and it saves
    /// time (a large binary STL); null where not. What it reads counts only if it is exactly the staged file.
    /// </summary>
    /// <param name="fileName">The name it is uploaded with (a hint to the format only).</param>
    /// <param name="declaredLength">
    /// The length the sender announced for what holds the file (a request's length: the file and a little more), so
    /// that nothing is read, and no room taken, on a file's own word that the request does not back.
    /// </param>
    IArrivingModel? BeginArriving(string fileName, long declaredLength) => null;
}

/// <summary>A model file read while its bytes arrive (<see cref="IModelAnalyzer.BeginArriving"/>).</summary>
public interface IArrivingModel : IAsyncDisposable
{
    /// <summary>Hands on the next bytes as they are staged, waiting while the reader is behind; false once it wants no more.</summary>
    ValueTask<bool> WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <summary>
    /// No more bytes come: the analysis of the staged file from what was read while it arrived, or null when that is
    /// not the whole file as the usual reader would read it (then <see cref="IModelAnalyzer.Analyze"/> reads the file).
    /// </summary>
    /// <exception cref="ModelRejectedException">The file is not a model the platform can read.</exception>
    Task<ModelAnalysis?> AnalyzeAsync(string path, string fileName, long length, string sha256, CancellationToken cancellationToken);
}

/// <summary>Why a file is refused as a model.</summary>
public enum ModelRejection
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>The content is not STL, OBJ or 3MF.</summary>
    UnsupportedFormat,

    /// <summary>STL, OBJ or 3MF, but broken (truncated, inconsistent, over a safety limit).</summary>
    Unreadable,
}

/// <summary>A file that cannot be a model, with a message for the person who sent it.</summary>
public sealed class ModelRejectedException(ModelRejection reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public ModelRejection Reason { get; } = reason;
}
