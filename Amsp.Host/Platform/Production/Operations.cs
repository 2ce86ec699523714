using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Persistence.EntityFramework;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

public sealed record PrinterView(Guid Id, string Name, Guid AmCentreId, ProcessCategory Process, PrinterState State, Guid? CurrentJobId,
    string? CurrentOrder, double? Progress, int Queued, double QueuedHours);

public sealed record PrinterDay(Guid PrinterId, DateOnly Day, double PrintingHours, double Utilisation);

public sealed record OperationsView(DateTimeOffset At, IReadOnlyList<PrinterView> Printers, IReadOnlyDictionary<string, int> JobsByStatus,
    IReadOnlyDictionary<string, int> OrdersByStatus, IReadOnlyDictionary<string, int> InstancesByStatus, int OpenIncidents,
    IReadOnlyList<PrinterDay> Utilisation);

/// <summary>
/// The operations view (ISO/IEC 23510 §5.8): printers with state, current job, progress and queue; jobs and orders by
/// status; workflow instances by status with their open incidents; utilisation per printer and day over the last
/// <see cref="Days"/> days. Platform operators see every centre; a centre's operators their own.
/// </summary>
[AllowedRoles(AmspRoles.Operator)]
public sealed record GetOperations(int? Days) : IQuery<OperationsView>, IValidated
{
    public void Validate(Validation validation) => validation.When(Days is not (null or (>= 1 and <= 92)), "days", "must be 1 to 92.");
}

/// <summary>Print jobs of the caller's centres (or all, for platform operators), the newest first.</summary>
[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.Operator)]
public sealed record ListPrintJobs(PrintJobStatus? Status, Guid? PrinterId, Paging Paging) : IQuery<Page<PrintJob>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

public sealed class OperationsHandlers(AmspDbContext db, Caller caller, TimeProvider time, IDbContextFactory<WorkflowDbContext> workflows)
    : IQueryHandler<GetOperations, OperationsView>, IQueryHandler<ListPrintJobs, Page<PrintJob>>
{
    private bool SeesAll => caller.SeesEveryCentre();

    public async ValueTask<OperationsView> Handle(GetOperations query, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var now = time.GetUtcNow();
        var centres = caller.OrganizationsWith(AmspRoles.Operator);
        var all = SeesAll;
        var printers = await db.Printers.AsNoTracking().Where(p => p.Active && (all || centres.Contains(p.OrganizationId))).OrderBy(p => p.Name).ToListAsync(ct);
        var ids = printers.Select(p => p.Id).ToList();
        var open = await db.PrintJobs.AsNoTracking().Where(j => ids.Contains(j.PrinterId) && (j.Status == PrintJobStatus.Queued || j.Status == PrintJobStatus.Printing))
            .ToListAsync(ct);
        var days = query.Days ?? 7;
        var since = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1 - days);
        var recent = await db.PrintJobs.AsNoTracking().Where(j => ids.Contains(j.PrinterId) && j.StartedAt != null && (j.EndedAt == null || j.EndedAt >= since))
            .Select(j => new { j.PrinterId, Run = new PrintingHours.Run(j.StartedAt!.Value, j.EndedAt) }).ToListAsync(ct);
        var jobs = db.PrintJobs.AsNoTracking().Where(j => all || centres.Contains(j.AmCentreId));
        var jobsByStatus = (await jobs.GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key.ToString(), g => g.Count);
        var orders = db.Orders.AsNoTracking().Where(o => all || db.Quotes.Any(q => q.OrderId == o.Id && q.Status == QuoteStatus.Accepted && centres.Contains(q.AmCentreId)));
        var ordersByStatus = (await orders.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key.ToString(), g => g.Count);
        var (byStatus, incidents) = all ? await InstanceCountsAsync(ct) : (new Dictionary<string, int>(), 0);
        var views = printers.Select(p =>
        {
            var mine = open.Where(j => j.PrinterId == p.Id).ToList();
            var current = mine.FirstOrDefault(j => j.Status == PrintJobStatus.Printing);
            var queued = mine.Where(j => j.Status == PrintJobStatus.Queued).ToList();
            return new PrinterView(p.Id, p.Name, p.OrganizationId, p.Process, p.State, current?.Id, current?.OrderNumber, current?.Progress,
                queued.Count, queued.Sum(j => j.EstimatedSeconds ?? 0) / 3600);
        }).ToList();
        var utilisation = new List<PrinterDay>();
        foreach (var p in printers)
        {
            for (var d = 0; d < days; d++)
            {
                var start = since.AddDays(d);
                var end = start.AddDays(1);
                var hours = PrintingHours.Within(recent.Where(j => j.PrinterId == p.Id).Select(j => j.Run), start, end, now);
                utilisation.Add(new PrinterDay(p.Id, DateOnly.FromDateTime(start.UtcDateTime), Math.Round(hours, 3),
                    PrintingHours.Share(hours, PrintingHours.Elapsed(start, end, now))));
            }
        }
        return new OperationsView(now, views, jobsByStatus, ordersByStatus, byStatus, incidents, utilisation);
    }

    public async ValueTask<Page<PrintJob>> Handle(ListPrintJobs query, CancellationToken cancellationToken)
    {
        var all = SeesAll;
        var centres = caller.OrganizationsWith(AmspRoles.Manufacturer, AmspRoles.Operator);
        var jobs = db.PrintJobs.AsNoTracking().Where(j => all || centres.Contains(j.AmCentreId));
        if (query.Status is { } status)
        {
            jobs = jobs.Where(j => j.Status == status);
        }
        if (query.PrinterId is { } printer)
        {
            jobs = jobs.Where(j => j.PrinterId == printer);
        }
        return await jobs.OrderByDescending(j => j.CreatedAt).ThenBy(j => j.Part).PageAsync(query.Paging, j => j, cancellationToken);
    }

    private async Task<(Dictionary<string, int>, int)> InstanceCountsAsync(CancellationToken ct)
    {
        await using var engine = await workflows.CreateDbContextAsync(ct);
        var counts = await engine.WorkflowInstances.AsNoTracking().GroupBy(i => i.Status)
            .Select(g => new { g.Key, Count = g.Count(), Incidents = g.Sum(i => i.IncidentCount) }).ToListAsync(ct);
        return (counts.ToDictionary(c => ((WorkflowStatus)c.Key).ToString(), c => c.Count),
            counts.Where(c => c.Key == (int)WorkflowStatus.Faulted).Sum(c => c.Incidents));
    }
}

public static class OperationsScope
{
    /// <summary>Administrators and the platform's own operators oversee every AM centre; a centre's operators their own.</summary>
    public static bool SeesEveryCentre(this Caller caller) =>
        caller.IsAdmin || caller.HasRoleIn(IdentitySeeder.PlatformOrganizationId, [AmspRoles.Operator]);
}
