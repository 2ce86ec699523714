using Amsp.Domain.Persistence;
using Amsp.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Domain.Models;

/// <summary>Who a new model version belongs to and how it came to be.</summary>
public sealed record ModelSource(Guid OrganizationId, string UploadedBy, ModelOrigin Origin, Guid? ParentId = null, Guid? DesignRequestId = null);

/// <summary>A stored model version and whether the same file was already there.</summary>
public sealed record AddedModel(PartModel Model, bool Duplicate);

/// <summary>
/// Adds model files to the platform: each file is staged, analysed, and only then stored (once, by its SHA-256)
/// and recorded, so an unreadable file leaves nothing behind. The same file uploaded again by the same
/// organization is the same model, and so is a repair or design version made again from the same parent. The record is added to the context; the caller's transaction saves it.
/// </summary>
public sealed class ModelLibrary(AmspDbContext db, IBlobStore blobs, IModelAnalyzer analyzer, TimeProvider time)
{
    /// <param name="content">The file's bytes, read once.</param>
    /// <param name="fileName">The name it came with.</param>
    /// <param name="source">Whose it is and how it came to be.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <param name="cancellationToken">Cancels the whole.</param>
    /// <param name="declaredLength">
    /// What the sender announced for what holds the file (an upload request's length), or null: with it, a large file
    /// is read while it arrives, beside the staging (<see cref="IModelAnalyzer.BeginArriving"/>).
    /// </param>
    public async Task<AddedModel> AddAsync(Stream content, string fileName, ModelSource source, long maxBytes, CancellationToken cancellationToken,
        long? declaredLength = null)
    {
        await using var arriving = declaredLength is { } declared ? analyzer.BeginArriving(fileName, declared) : null;
        await using var staged = await blobs.StageAsync(arriving is null ? content : new TeeStream(content, arriving), maxBytes, cancellationToken);
        if (staged.Length == 0)
        {
            throw new ModelRejectedException(ModelRejection.Empty, "The file is empty.");
        }
        // An upload of a file the organization has is that model; a repair or design version with the same bytes and the same
        // parent is the version made before (a step re-run after a crash finds it instead of storing another).
        if (await db.Models.AsNoTracking().FirstOrDefaultAsync(m => m.OrganizationId == source.OrganizationId && m.Sha256 == staged.Sha256
            && m.Origin == source.Origin && (source.Origin == ModelOrigin.Upload || m.ParentId == source.ParentId), cancellationToken) is { } existing)
        {
            return new AddedModel(existing, Duplicate: true);
        }
        var analysis = (arriving is null ? null : await arriving.AnalyzeAsync(staged.LocalPath, fileName, staged.Length, staged.Sha256, cancellationToken))
            ?? analyzer.Analyze(staged.LocalPath, fileName, staged.Sha256, cancellationToken);
        await staged.CommitAsync(cancellationToken);
        var now = time.GetUtcNow();
        var model = new PartModel
        {
            Id = Guid.CreateVersion7(now), OrganizationId = source.OrganizationId, UploadedBy = source.UploadedBy,
            OriginalName = SafeName(fileName), Format = analysis.Format, SizeBytes = staged.Length, Sha256 = staged.Sha256,
            ParentId = source.ParentId, Origin = source.Origin, DesignRequestId = source.DesignRequestId,
            CheckReportJson = analysis.CheckReportJson,
            SizeX = analysis.Size.X, SizeY = analysis.Size.Y, SizeZ = analysis.Size.Z, UnitsGuess = analysis.UnitsGuess, CreatedAt = now,
        };
        db.Models.Add(model);
        return new AddedModel(model, Duplicate: false);
    }

    // The name as shown and offered for download: no folders, no control characters, at most 200 characters.
    private static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "model" : name.Length > 200 ? name[..200] : name;
    }
}
