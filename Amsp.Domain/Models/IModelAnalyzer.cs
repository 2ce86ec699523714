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
