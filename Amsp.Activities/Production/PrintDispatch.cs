using System.Text.Json;
using Amsp.Activities.Orders;
using Amsp.Activities.Services;
using Amsp.Domain.Catalog;
using Amsp.Domain.Orders;
using Amsp.Domain.Production;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Production;

/// <summary>
/// Queues the parts still to print on the accepted AM centre's printers and waits for their jobs to end. A printer is a
/// candidate when it is active, of the quoted process, has the quoted material (and the requirement's colour) loaded,
/// fits the part and is neither offline, in error nor in maintenance; printers that already failed a job of the order
/// are left out when <see cref="AvoidFailedPrinters"/> is set. Each part goes, in turn, to the candidate that would
/// finish it soonest (its queue of estimated hours plus this part's), so a quantity is split over several printers
/// exactly when that finishes sooner. The printer dispatcher uploads each job when its printer is free and signals the
/// instance as jobs end.
/// </summary>
[Activity("PrintDispatch", Category = "Production", DisplayName = "Print dispatch", Kind = ActivityKind.Blocking, Outcomes = ["Printed", "Failed"],
    Description = "Queues the parts on the capable printers that finish them soonest and waits until every job has ended.")]
public sealed class PrintDispatch(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>The bookmark the printer dispatcher resumes when a job of the order ends.</summary>
    public const string Signal = "amsp.print";

    /// <summary>Leave out printers that already failed a job of this order.</summary>
    [Input(Syntaxes = ["Literal"], Description = "Leave out printers that already failed a job of this order (a re-dispatch goes elsewhere).")]
    public bool AvoidFailedPrinters { get; set; } = true;

    [Output(Description = "How many jobs this dispatch queued.")]
    public int Jobs { get; set; }

    [Output(Description = "How many printers share them.")]
    public int Printers { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var jobs = await run.Db.PrintJobs.Where(j => j.ExecutionId == run.Context.ExecutionId).ToListAsync(run.CancellationToken);
        if (jobs.Count == 0)
        {
            var (made, reason) = await QueueAsync(run, order);
            if (made.Count == 0 && reason.Length == 0)
            {
                return ActivityResult.Outcome("Printed");
            }
            if (made.Count == 0)
            {
                order.Reasons = [reason];
                return ActivityResult.Outcome("Failed");
            }
            run.Db.PrintJobs.AddRange(made);
            jobs = made;
            run.ChangeStatus(order, OrderStatus.Printing,
                $"{made.Count} part(s) queued on {made.Select(j => j.PrinterId).Distinct().Count()} printer(s).");
        }
        (Jobs, Printers) = (jobs.Count, jobs.Select(j => j.PrinterId).Distinct().Count());
        return Judge(run, order, jobs);
    }

    protected override async ValueTask<ActivityResult> ResumeAsync(OrderStep run, Order order)
    {
        var jobs = await run.Db.PrintJobs.Where(j => j.ExecutionId == run.Context.ExecutionId).ToListAsync(run.CancellationToken);
        return Judge(run, order, jobs);
    }

    private static ActivityResult Judge(OrderStep run, Order order, List<PrintJob> jobs)
    {
        if (jobs.Count == 0 || jobs.Any(j => !j.Ended))
        {
            return ActivityResult.Suspend(new BookmarkRequest(Signal, order.Number));
        }
        var failed = jobs.Where(j => j.Status != PrintJobStatus.Completed).ToList();
        if (failed.Count == 0)
        {
            order.Reasons = [];
            return ActivityResult.Outcome("Printed");
        }
        order.Reasons = [.. failed.Select(j => $"Part {j.Part}: {j.FailureReason ?? j.Status.ToString()}").Distinct()];
        return ActivityResult.Outcome("Failed");
    }

    private async Task<(List<PrintJob> Jobs, string Reason)> QueueAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        var quote = await run.Db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.OrderId == order.Id && q.Status == QuoteStatus.Accepted, ct);
        if (quote?.PrinterId is not { } quotedPrinterId)
        {
            return ([], "The order has no accepted quote to print.");
        }
        var requirement = await run.Db.Requirements.AsNoTracking().SingleAsync(r => r.Id == order.RequirementId, ct);
        var analysis = JsonSerializer.Deserialize<OrderAnalysis>(order.AnalysisJson ?? "null", Json.Options);
        var fits = analysis?.Printers.Where(p => p.Capable).Select(p => p.PrinterId).ToHashSet() ?? [];
        var quoted = await run.Db.Printers.AsNoTracking().SingleAsync(p => p.Id == quotedPrinterId, ct);
        var previous = await run.Db.PrintJobs.AsNoTracking().Where(j => j.OrderId == order.Id).ToListAsync(ct);
        var failedPrinters = AvoidFailedPrinters ? previous.Where(j => j.Status == PrintJobStatus.Failed).Select(j => j.PrinterId).ToHashSet() : [];
        var printers = (await run.Db.Printers.AsNoTracking()
                .Where(p => p.OrganizationId == quote.AmCentreId && p.Active && p.Process == quoted.Process && p.LoadedMaterialId == quote.MaterialId)
                .ToListAsync(ct))
            .Where(p => fits.Contains(p.Id) && p.State is not (PrinterState.Offline or PrinterState.Error or PrinterState.Maintenance)
                && (requirement.Colour is null || string.Equals(p.LoadedColour, requirement.Colour, StringComparison.OrdinalIgnoreCase))
                && !failedPrinters.Contains(p.Id))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (printers.Count == 0)
        {
            return ([], failedPrinters.Count > 0
                ? "No other printer of the AM centre can print the part: the one(s) that failed are left out."
                : "No printer of the AM centre can print the part now (none with the material loaded, free of faults and large enough).");
        }
        var needed = requirement.Quantity - GoodParts(previous, await LastFailedInspectionAsync(run, order));
        if (needed <= 0)
        {
            return ([], "");
        }
        var seconds = SecondsPerPart(quote);
        var candidates = printers.Select(p => p.Id).ToList();
        var queues = await run.Db.PrintJobs.AsNoTracking()
            .Where(j => candidates.Contains(j.PrinterId) && (j.Status == PrintJobStatus.Queued || j.Status == PrintJobStatus.Printing))
            .Select(j => new { j.PrinterId, j.EstimatedSeconds, j.Progress }).ToListAsync(ct);
        var finish = printers.ToDictionary(p => p.Id, p => queues.Where(j => j.PrinterId == p.Id)
            .Sum(j => (j.EstimatedSeconds ?? 0) * (1 - ((j.Progress ?? 0) / 100))));
        var dispatch = previous.Count == 0 ? 1 : previous.Max(j => j.Dispatch) + 1;
        var jobs = new List<PrintJob>();
        for (var part = 1; part <= needed; part++)
        {
            var printer = printers.MinBy(p => finish[p.Id] + seconds)!;
            finish[printer.Id] += seconds;
            jobs.Add(new PrintJob
            {
                Id = Guid.CreateVersion7(run.Now), OrderId = order.Id, OrderNumber = order.Number, AmCentreId = quote.AmCentreId, PrinterId = printer.Id,
                MaterialId = quote.MaterialId, Dispatch = dispatch, ExecutionId = run.Context.ExecutionId, Part = part,
                QueuePosition = (run.Now.UtcTicks * 100) + part, Status = PrintJobStatus.Queued,
                FileName = $"{order.Number}-{dispatch}-{part}.gcode", EstimatedSeconds = seconds, CreatedAt = run.Now,
            });
        }
        return (jobs, "");
    }

    // Parts printed since the last failed inspection (a failed inspection rejects the whole batch).
    private static int GoodParts(List<PrintJob> previous, DateTimeOffset? rejectedAt) =>
        previous.Count(j => j.Status == PrintJobStatus.Completed && (rejectedAt is null || j.EndedAt > rejectedAt));

    private static async Task<DateTimeOffset?> LastFailedInspectionAsync(OrderStep run, Order order) =>
        await run.Db.Inspections.AsNoTracking().Where(i => i.OrderId == order.Id && i.Status == InspectionStatus.Failed)
            .Select(i => i.InspectedAt).OrderByDescending(t => t).FirstOrDefaultAsync(run.CancellationToken);

    private static double SecondsPerPart(Quote quote)
    {
        using var estimate = JsonDocument.Parse(quote.EstimateJson);
        return estimate.RootElement.TryGetProperty("machineHoursPerPart", out var hours) && hours.TryGetDouble(out var h) ? h * 3600 : 3600;
    }
}
