using System.Text.Json;
using Amsp.Activities.Orders;
using Amsp.Activities.Services;
using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Production;

/// <summary>
/// Makes the inspection plan from the requirement (each critical dimension with its deviations, the overall sizes under
/// the ISO 2768-1 class, a visual check) and waits for a quality inspector of the AM centre to enter the measurements
/// through the API, which computes the verdict from the plan before it signals.
/// </summary>
[Activity("QualityInspection", Category = "Production", DisplayName = "Quality inspection", Kind = ActivityKind.Blocking, Outcomes = ["Passed", "Failed"],
    Description = "Plans the inspection from the requirement and waits for the inspector's measurements; the verdict is computed.")]
public sealed class QualityInspection(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark the inspection API resumes.</summary>
    public const string Signal = "amsp.inspection";

    [Output(Description = "The inspection's id.")]
    public Guid? InspectionId { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        var inspection = await run.Db.Inspections.SingleOrDefaultAsync(i => i.ExecutionId == run.Context.ExecutionId, ct);
        if (inspection is null)
        {
            var requirement = await run.Db.Requirements.AsNoTracking().SingleAsync(r => r.Id == order.RequirementId, ct);
            var analysis = JsonSerializer.Deserialize<OrderAnalysis>(order.AnalysisJson ?? "null", Json.Options);
            var size = analysis?.Mesh.SizeMm is [var x, var y, var z] ? (x, y, z) : (0d, 0d, 0d);
            var centre = await run.Db.Quotes.AsNoTracking().Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Accepted)
                .Select(q => q.AmCentreId).SingleAsync(ct);
            inspection = new Inspection
            {
                Id = Guid.CreateVersion7(run.Now), OrderId = order.Id, OrderNumber = order.Number, AmCentreId = centre,
                Attempt = await run.Db.Inspections.CountAsync(i => i.OrderId == order.Id, ct) + 1, ExecutionId = run.Context.ExecutionId,
                Status = InspectionStatus.Awaiting, Characteristics = InspectionPlans.For(requirement, size), CreatedAt = run.Now,
            };
            run.Db.Inspections.Add(inspection);
            run.ChangeStatus(order, OrderStatus.Inspecting, $"Inspection {inspection.Attempt} planned with {inspection.Characteristics.Count} characteristic(s).");
        }
        return Judge(order, inspection);
    }

    protected override async ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order) =>
        Judge(order, await run.Db.Inspections.SingleAsync(i => i.ExecutionId == run.Context.ExecutionId, run.CancellationToken));

    private ActivityResult Judge(Order order, Inspection inspection)
    {
        InspectionId = inspection.Id;
        switch (inspection.Status)
        {
            case InspectionStatus.Passed:
                order.Reasons = [];
                return ActivityResult.Outcome("Passed");
            case InspectionStatus.Failed:
                var failed = inspection.Characteristics.Where(c => c.Passed == false).Select(c => c.Name);
                order.Reasons = [$"Inspection {inspection.Attempt} failed on {string.Join(", ", failed)}: {inspection.Nonconformity ?? "no note"}."];
                return ActivityResult.Outcome("Failed");
            default:
                return ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number));
        }
    }
}
