using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// One UTC day of production: print jobs that ended that day (throughput), orders shipped that day and whether they
/// left on or before the customer's due date (on time; orders without a due date are neither), and how much of the
/// day the printers printed (utilisation: printing hours over active printers × hours of the day gone by).
/// </summary>
public sealed record TrendDay(DateOnly Day, int JobsCompleted, int JobsFailed, int OrdersShipped, int ShippedOnTime, int ShippedLate,
    double PrintingHours, double Utilisation);

public sealed record OperationsTrends(DateOnly From, DateOnly To, int Printers, IReadOnlyList<TrendDay> Days);

/// <summary>
/// Throughput, utilisation and on-time shipping per day from <c>From</c> to <c>To</c> (UTC days, both included, at most
/// <see cref="MaxDays"/> days), over the caller's AM centres (every centre for platform operators and administrators).
/// </summary>
[AllowedRoles(AmspRoles.Operator)]
public sealed record GetOperationsTrends(DateOnly? From, DateOnly? To) : IQuery<OperationsTrends>, IValidated
{
    public const int MaxDays = 92;

    public void Validate(Validation validation)
    {
        validation.When(From is null, "from", "is required (a date, e.g. 2026-11-01).").When(To is null, "to", "is required (a date, e.g. 2026-11-30).");
        if (From is { } from && To is { } to)
        {
            var days = to.DayNumber - from.DayNumber + 1;
            validation.When(days < 1, "to", "must not be before from.")
                .When(days > MaxDays, "to", $"must be at most {MaxDays} days after from, counting both (this period has {days}).");
        }
    }
}

public sealed class OperationsTrendsHandler(AmspDbContext db, Caller caller, TimeProvider time) : IQueryHandler<GetOperationsTrends, OperationsTrends>
{
    public async ValueTask<OperationsTrends> Handle(GetOperationsTrends query, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var now = time.GetUtcNow();
        var (first, last) = (query.From!.Value, query.To!.Value);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var all = caller.SeesEveryCentre();
        var centres = caller.OrganizationsWith(AmspRoles.Operator);

        var printers = await db.Printers.AsNoTracking().Where(p => p.Active && (all || centres.Contains(p.OrganizationId))).Select(p => p.Id).ToListAsync(ct);
        var runs = await db.PrintJobs.AsNoTracking()
            .Where(j => printers.Contains(j.PrinterId) && j.StartedAt != null && j.StartedAt < until && (j.EndedAt == null || j.EndedAt >= since))
            .Select(j => new PrintingHours.Run(j.StartedAt!.Value, j.EndedAt)).ToListAsync(ct);
        var ended = await db.PrintJobs.AsNoTracking()
            .Where(j => (all || centres.Contains(j.AmCentreId)) && j.EndedAt >= since && j.EndedAt < until
                && (j.Status == PrintJobStatus.Completed || j.Status == PrintJobStatus.Failed))
            .Select(j => new { EndedAt = j.EndedAt!.Value, j.Status }).ToListAsync(ct);
        var shipped = await (from s in db.Shipments.AsNoTracking()
                             join o in db.Orders on s.OrderId equals o.Id
                             join r in db.Requirements on o.RequirementId equals r.Id
                             where (all || centres.Contains(s.AmCentreId)) && s.ShippedAt >= since && s.ShippedAt < until
                             select new { ShippedAt = s.ShippedAt!.Value, r.DueDate }).ToListAsync(ct);

        var days = new List<TrendDay>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var end = start.AddDays(1);
            bool On(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime) == day;
            var hours = PrintingHours.Within(runs, start, end, now);
            var shippedToday = shipped.Where(s => On(s.ShippedAt)).ToList();
            days.Add(new TrendDay(day,
                ended.Count(j => On(j.EndedAt) && j.Status == PrintJobStatus.Completed), ended.Count(j => On(j.EndedAt) && j.Status == PrintJobStatus.Failed),
                shippedToday.Count, shippedToday.Count(s => s.DueDate is { } due && day <= due), shippedToday.Count(s => s.DueDate is { } due && day > due),
                Math.Round(hours, 3), PrintingHours.Share(hours, printers.Count * PrintingHours.Elapsed(start, end, now))));
        }
        return new OperationsTrends(first, last, printers.Count, days);
    }
}
