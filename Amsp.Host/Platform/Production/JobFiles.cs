using System.Globalization;
using System.Text;
using System.Text.Json;
using Amsp.Activities.Services;
using Amsp.Domain.Catalog;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Domain.Storage;
using Amsp.Geometry.Io;
using Amsp.Integration.Slicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Production;

/// <summary>Limits of the slicer runs (<c>Amsp:Slicing</c>).</summary>
public sealed class SlicingOptions
{
    public const string Section = "Amsp:Slicing";

    /// <summary>A slice taking longer is killed and its job fails. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Address-space limit of the slicer process. Default 4 GiB.</summary>
    public long MemoryBytes { get; set; } = 4L << 30;
}

/// <summary>
/// The file a job sends to its printer. Extrusion (MEX) jobs are sliced by PrusaSlicer with the material's profile, from
/// the order's model scaled to millimetres; the G-code is stored with its SHA-256 and reused by every job of the order in
/// that material. Where PrusaSlicer is not installed, and for processes it does not slice, the job goes on with a build
/// file carrying the geometric estimate (the virtual printers time a job by it) and says so. A slicer that fails or
/// hangs fails the job with its error, never the host.
/// </summary>
public sealed class JobFiles(AmspDbContext db, IBlobStore blobs, ModelMeshes meshes, ISlicer slicer, IOptions<SlicingOptions> options)
{
    public sealed record Prepared(string? FileKey, string? Sha256, string Slicer, double? SlicerSeconds, double? Grams, string? Failure);

    public async Task<Prepared> PrepareAsync(PrintJob job, Printer printer, CancellationToken ct)
    {
        var material = job.MaterialId is { } id ? await db.Materials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) : null;
        var reuse = await db.PrintJobs.AsNoTracking()
            .Where(j => j.OrderId == job.OrderId && j.MaterialId == job.MaterialId && j.FileKey != null && j.Id != job.Id)
            .OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(ct);
        if (reuse?.FileKey is { } key && blobs.Exists(key))
        {
            return new Prepared(key, reuse.FileSha256, reuse.Slicer ?? "", reuse.SlicerEstimatedSeconds, reuse.SlicerFilamentGrams, null);
        }
        if (printer.Process != ProcessCategory.Mex)
        {
            return await BuildFileAsync(job, $"none ({printer.Process}): build file with the geometric estimate", ct);
        }
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == job.OrderId, ct);
        var work = Directory.CreateTempSubdirectory("amsp-slice-");
        try
        {
            var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == order.ModelId, ct);
            var analysis = JsonSerializer.Deserialize<OrderAnalysis>(order.AnalysisJson ?? "null", Json.Options);
            var stl = Path.Combine(work.FullName, "part.stl");
            await using (var file = File.Create(stl))
            {
                MeshWriter.WriteBinaryStl(meshes.Load(model, analysis?.Scale ?? 1), file);
            }
            var profile = SlicerProfiles.For(material?.Name ?? "PLA", out var note);
            var result = await slicer.SliceAsync(stl, profile, work.FullName, new SliceLimits(options.Value.Timeout, options.Value.MemoryBytes), ct);
            switch (result.Outcome)
            {
                case SliceOutcome.Sliced:
                    await using (var gcode = File.OpenRead(result.GcodePath!))
                    {
                        var stored = await StoreAsync(gcode, ct);
                        var version = result.SlicerVersion is { Length: > 0 } v ? (v.StartsWith("PrusaSlicer", StringComparison.Ordinal) ? v : $"PrusaSlicer {v}") : "PrusaSlicer";
                        var name = $"{version}, profile {profile.Name}" + (note is null ? "" : $" ({note})");
                        return new Prepared(stored, stored, name, result.EstimatedSeconds, result.FilamentGrams, null);
                    }
                case SliceOutcome.NotInstalled:
                    return await BuildFileAsync(job, "PrusaSlicer is not installed: G-code stand-in with the geometric estimate", ct);
                default:
                    return new Prepared(null, null, $"PrusaSlicer, profile {profile.Name}", null, null,
                        $"Slicing {(result.Outcome == SliceOutcome.TimedOut ? "took longer than the limit" : "failed")}: {result.Error}".Trim());
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // A stand-in the virtual printers time by: PrusaSlicer's own estimate comment, from the quote's estimate.
    private async Task<Prepared> BuildFileAsync(PrintJob job, string slicer, CancellationToken ct)
    {
        var seconds = Math.Max(1, (int)Math.Round(job.EstimatedSeconds ?? 3600));
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"; {job.FileName}: build file made by AMSP (no slicer ran)")
            .AppendLine(CultureInfo.InvariantCulture, $"; estimated printing time (normal mode) = {seconds / 3600}h {seconds / 60 % 60}m {seconds % 60}s")
            .AppendLine("G28 ; home").AppendLine("M84 ; motors off").ToString();
        var stored = await StoreAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), ct);
        return new Prepared(stored, stored, slicer, null, null, null);
    }

    private async Task<string> StoreAsync(Stream content, CancellationToken ct)
    {
        await using var staged = await blobs.StageAsync(content, long.MaxValue, ct);
        await staged.CommitAsync(ct);
        return staged.Sha256;
    }
}
