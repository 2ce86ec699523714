using System.Globalization;
using System.Text.Json;
using Amsp.Activities.Services;
using Amsp.Domain.Catalog;
using Amsp.Domain.Models;
using Amsp.Domain.Orders;
using Amsp.Domain.Organizations;
using Amsp.Domain.Requirements;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Spatial;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// ISO/IEC 23510 §5.4: the mesh check and, for every active printer, whether it can make the part: its process and a
/// material suiting the requirement, the build volume (in some axis-aligned orientation), and walls no thinner than the
/// material's minimum over more than <see cref="ThinWallShare"/> of the surface. The units: a model whose size suggests
/// inches while the requirement says millimetres waits for the customer's confirmation.
/// </summary>
[Activity("MeshDetection", Category = "Order", DisplayName = "Mesh detection", Outcomes = ["Printable", "NeedsRepair", "Unprintable", "UnitsUnclear"],
    Description = "Checks the model (defects, size, thin walls, overhangs) against every capable printer.")]
public sealed class MeshDetection(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>Share of the surface that may be thinner than the material's minimum before the material is refused.</summary>
    public const double ThinWallShare = 0.01;

    /// <summary>Why the part cannot be printed.</summary>
    [Output(Description = "Why the part cannot be printed (Unprintable).")]
    public IReadOnlyList<string> Reasons { get; set; } = [];

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        var requirement = await run.Db.Requirements.SingleAsync(r => r.Id == order.RequirementId, ct);
        var model = await run.Db.Models.AsNoTracking().SingleAsync(m => m.Id == order.ModelId, ct);
        if (requirement.Units == LengthUnit.Millimetre && model.UnitsGuess == "inch" && !requirement.UnitsConfirmed)
        {
            return ActivityResult.Outcome("UnitsUnclear");
        }
        var scale = requirement.Units == LengthUnit.Inch ? 25.4 : 1;
        Mesh mesh;
        CheckReport report;
        try
        {
            (mesh, report) = run.Get<ModelMeshes>().LoadChecked(model, scale);
        }
        catch (MeshFormatException e)
        {
            return Unprintable(run, order, [$"The model file cannot be read: {e.Message}"]);
        }
        var summary = Summarize(report);
        if (summary.NeedsRepair && model.Origin != ModelOrigin.Repair)
        {
            order.AnalysisJson = JsonSerializer.Serialize(new OrderAnalysis { Scale = scale, Mesh = summary, ThinWalls = [], Printers = [] }, Json.Options);
            return ActivityResult.Outcome("NeedsRepair");
        }
        var materials = (await run.Db.Materials.AsNoTracking().ToListAsync(ct)).Where(m => IntakeRules.Suits(requirement, m)).ToList();
        var thresholds = materials.Select(m => (double)m.MinWallThickness).Distinct().Order().ToList();
        var printers = await (from p in run.Db.Printers.AsNoTracking()
                              join o in run.Db.Organizations on p.OrganizationId equals o.Id
                              where p.Active && o.Kind == OrganizationKind.AmCentre
                              select new { p, o.LegalName }).ToListAsync(ct);
        var size = report.BboxMax - report.BboxMin;
        var fits = printers.ToDictionary(x => x.p.Id, x => BuildVolumeFit.Find((size.X, size.Y, size.Z), x.p.BuildVolume));
        var ups = printers
            .Where(x => fits[x.p.Id] is not null && PrintEstimates.BuildsSupports(x.p.Process) && Suitable(x.p, materials).Any())
            .Select(x => Up(fits[x.p.Id]!.Axes)).Distinct().ToList();
        // One ray hierarchy serves the walls (measured once for all the materials' minimums) and the supports of every
        // build direction; the walls are measured on the pool while the supports are estimated here.
        var bvh = thresholds.Count > 0 || ups.Count > 0 ? TriangleBvh.Build(mesh) : null;
        var walls = thresholds.Count == 0 ? Task.FromResult<IReadOnlyList<ThinWallReport>>([]) : Task.Run(() => ThinWalls.Analyze(mesh, bvh, thresholds), ct);
        var supports = ups.ToDictionary(up => up, up => SupportVolume.Estimate(mesh, bvh, up));
        var thin = thresholds.Zip(await walls).ToDictionary(x => x.First, x => x.Second);
        var findings = printers.OrderBy(x => x.LegalName, StringComparer.Ordinal).ThenBy(x => x.p.Name, StringComparer.Ordinal)
            .Select(x => Judge(x.p, x.LegalName, fits[x.p.Id], materials, thin, supports)).ToList();
        order.AnalysisJson = JsonSerializer.Serialize(new OrderAnalysis
        {
            Scale = scale, Mesh = summary, Printers = findings,
            ThinWalls = [.. thin.Select(t => new ThinWallFinding(t.Key, t.Value.ThinArea, t.Value.ThinnestWall, Share(t.Value),
                [.. t.Value.Clusters.Take(10).Select(c => new ThinSpot([c.Centroid.X, c.Centroid.Y, c.Centroid.Z], c.Area, c.MinThickness))]))],
        }, Json.Options);
        if (findings.Any(f => f.Capable))
        {
            order.Reasons = [];
            return ActivityResult.Outcome("Printable");
        }
        if (summary.NeedsRepair)
        {
            return Unprintable(run, order, ["The model has defects that the automatic repair could not mend (holes or faces that do not close)."]);
        }
        return Unprintable(run, order, WhyNone(findings, materials, size));
    }

    private static PrinterFinding Judge(Printer printer, string centre, Orientation? orientation, List<Material> materials,
        Dictionary<double, ThinWallReport> thin, Dictionary<Vec3, SupportEstimate> supports)
    {
        var reasons = new List<string>();
        var suitable = Suitable(printer, materials).ToList();
        if (suitable.Count == 0)
        {
            reasons.Add("no material of the centre for this printer suits the requirement");
        }
        var thick = suitable.Where(m => Share(thin[(double)m.MinWallThickness]) <= ThinWallShare).ToList();
        if (suitable.Count > 0 && thick.Count == 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"walls thinner than {suitable.Min(m => m.MinWallThickness)} mm"));
        }
        if (orientation is null)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"does not fit the build volume {printer.BuildVolume.X} × {printer.BuildVolume.Y} × {printer.BuildVolume.Z} mm"));
        }
        // Processes without supports (the powder or the sheets carry the part) get none.
        var support = orientation is null || reasons.Count > 0 ? default : supports.GetValueOrDefault(Up(orientation.Axes));
        return new PrinterFinding(printer.Id, printer.Name, printer.OrganizationId, centre, printer.Process, reasons.Count == 0, orientation,
            support.OverhangArea, support.Volume, [.. thick.Select(m => m.Id)], reasons);
    }

    private static IEnumerable<Material> Suitable(Printer printer, List<Material> materials) =>
        materials.Where(m => m.OrganizationId == printer.OrganizationId && m.Process == printer.Process);

    // The part's axis that stands along the printer's Z.
    private static Vec3 Up(string axes) => axes[2] switch
    {
        'X' => new Vec3(1, 0, 0),
        'Y' => new Vec3(0, 1, 0),
        _ => new Vec3(0, 0, 1),
    };

    private static double Share(ThinWallReport r) => r.Area <= 0 ? 0 : r.ThinArea / r.Area;

    private static List<string> WhyNone(List<PrinterFinding> findings, List<Material> materials, Vec3 size)
    {
        if (findings.Count == 0 || materials.Count == 0)
        {
            return ["No AM centre has an active printer and a material that suit the requirement."];
        }
        if (findings.All(f => f.Reasons.Any(r => r.StartsWith("does not fit", StringComparison.Ordinal))))
        {
            return [string.Create(CultureInfo.InvariantCulture,
                $"The part ({size.X:0.#} × {size.Y:0.#} × {size.Z:0.#} mm) fits no printer's build volume in any orientation.")];
        }
        if (findings.All(f => f.Reasons.Any(r => r.StartsWith("walls thinner", StringComparison.Ordinal) || r.StartsWith("does not fit", StringComparison.Ordinal) || r.StartsWith("no material", StringComparison.Ordinal))))
        {
            return ["The part's walls are too thin for every material offered for it."];
        }
        return [.. findings.Select(f => $"{f.PrinterName} ({f.AmCentreName}): {string.Join("; ", f.Reasons)}.")];
    }

    private static ActivityResult Unprintable(OrderStep run, Order order, List<string> reasons)
    {
        order.Reasons = reasons;
        return ActivityResult.Outcome("Unprintable");
    }

    private static MeshSummary Summarize(CheckReport r) => new(r.Triangles, r.Watertight, r.Holes, r.BoundaryEdges, r.NonManifoldEdges, r.FlippedFaces,
        r.DegenerateFaces, r.DuplicateFaces, r.InvertedShells, r.Shells, r.HasVolume ? r.Volume : null,
        double.IsNaN(r.VolumeIfClosed) ? null : r.VolumeIfClosed, r.Area,
        [r.BboxMax.X - r.BboxMin.X, r.BboxMax.Y - r.BboxMin.Y, r.BboxMax.Z - r.BboxMin.Z], r.Warnings);
}
