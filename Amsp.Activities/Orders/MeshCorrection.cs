using System.Text.Json;
using Amsp.Activities.Services;
using Amsp.Domain.Models;
using Amsp.Domain.Orders;
using Amsp.Geometry;
using Amsp.Geometry.Io;
using Amsp.Geometry.Repair;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// ISO/IEC 23510 §5.4: repairs the order's model, stores the repaired file as a new version of it (origin Repair, the
/// original its parent) and makes it the order's model. Repaired when the result is watertight; Failed otherwise.
/// A re-run finds the version it stored (the same bytes, the same parent) instead of storing another.
/// </summary>
[Activity("MeshCorrection", Category = "Order", DisplayName = "Mesh correction", Outcomes = ["Repaired", "Failed"],
    Description = "Repairs the model (weld, degenerate and duplicate faces, orientation, holes) and keeps the result as a new version.")]
public sealed class MeshCorrection(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>What the repair did.</summary>
    [Output(Description = "Each repair action with its count.")]
    public IReadOnlyList<RepairAction> Actions { get; set; } = [];

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var model = await run.Db.Models.AsNoTracking().SingleAsync(m => m.Id == order.ModelId, run.CancellationToken);
        Mesh mesh;
        try
        {
            mesh = run.Get<ModelMeshes>().Load(model, 1);
        }
        catch (MeshFormatException e)
        {
            order.Reasons = [$"The model file cannot be read: {e.Message}"];
            return ActivityResult.Outcome("Failed");
        }
        var result = MeshRepair.Repair(mesh);
        Actions = result.Actions;
        order.RepairJson = JsonSerializer.Serialize(new { actions = result.Actions, warnings = result.Warnings, before = Counts(result.Before), after = Counts(result.After) }, Json.Options);
        if (!result.After.Watertight)
        {
            order.Reasons = [$"The automatic repair could not close the model ({result.After.BoundaryEdges} open edges, {result.After.NonManifoldEdges} non-manifold edges remain)."];
            return ActivityResult.Outcome("Failed");
        }
        var file = Path.Combine(Path.GetTempPath(), $"amsp-repair-{Guid.NewGuid():N}.stl");
        try
        {
            MeshWriter.Write(result.Mesh, file);
            await using var content = File.OpenRead(file);
            var name = Path.GetFileNameWithoutExtension(model.OriginalName) + ".repaired.stl";
            var added = await run.Get<ModelLibrary>().AddAsync(content, name,
                new ModelSource(model.OrganizationId, OrderActivity.WorkflowActor, ModelOrigin.Repair, model.Id), long.MaxValue, run.CancellationToken);
            order.ModelId = added.Model.Id;
        }
        finally
        {
            File.Delete(file);
        }
        return ActivityResult.Outcome("Repaired");
    }

    private static object Counts(Geometry.Analysis.CheckReport r) => new
    {
        r.Holes, r.BoundaryEdges, r.NonManifoldEdges, r.FlippedFaces, r.DegenerateFaces, r.DuplicateFaces, r.InvertedShells, r.Watertight,
    };
}
