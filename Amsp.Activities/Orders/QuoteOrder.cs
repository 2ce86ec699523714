using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Activities.Services;
using Amsp.Domain.Catalog;
using Amsp.Domain.Designs;
using Amsp.Domain.Orders;
using Amsp.Domain.Pricing;
using Amsp.Geometry.Estimation;
using Amsp.Geometry.Spatial;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// ISO/IEC 23510 §5.5 and Annex A (distributed manufacturing): one quote per AM centre that can make the part, each
/// from that centre's price list or pricing formula (see <see cref="PriceCalculator"/>, <see cref="PricingScripts"/>),
/// for its printer with the shortest queue and its cheapest suitable material. A centre that cannot price the job
/// (a step it does not offer, a failing formula) gets a Failed quote with the reason; the others are not held up.
/// </summary>
[Activity("Quote", Category = "Order", DisplayName = "Quote", Outcomes = ["Quoted", "NoQuote"],
    Description = "Prices the order at every capable AM centre: material, machine time, setup, post-processing, discount, margin; lead time and validity.")]
public sealed class QuoteOrder(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>Days added to the machine queue for post-processing, inspection and packing.</summary>
    public const int HandlingDays = 2;

    /// <summary>The lowest total offered.</summary>
    [Output(Description = "The lowest total offered (in its quote's currency).")]
    public decimal LowestTotal { get; set; }

    /// <summary>The highest total offered.</summary>
    [Output(Description = "The highest total offered.")]
    public decimal HighestTotal { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        var quotes = await run.Db.Quotes.Where(q => q.ExecutionId == run.Context.ExecutionId).ToListAsync(ct);
        if (quotes.Count == 0)
        {
            quotes = await MakeAsync(run, order);
            run.Db.Quotes.AddRange(quotes);
        }
        var offered = quotes.Where(q => q.Status == QuoteStatus.Offered).ToList();
        if (offered.Count == 0)
        {
            order.Reasons = quotes.Count == 0 ? ["No AM centre can make the part."] : [.. quotes.Select(q => q.FailureReason ?? "No quote.")];
            return ActivityResult.Outcome("NoQuote");
        }
        LowestTotal = offered.Min(q => q.Total);
        HighestTotal = offered.Max(q => q.Total);
        order.Reasons = [];
        run.ChangeStatus(order, OrderStatus.Quoted, $"{offered.Count} quote(s) offered.");
        return ActivityResult.Outcome("Quoted");
    }

    private static async Task<List<Quote>> MakeAsync(OrderStep run, Order order)
    {
        var ct = run.CancellationToken;
        var analysis = JsonSerializer.Deserialize<OrderAnalysis>(order.AnalysisJson ?? "null", Json.Options)
            ?? throw new InvalidOperationException($"Order {order.Number} has no mesh detection result: run MeshDetection before Quote.");
        var requirement = await run.Db.Requirements.AsNoTracking().SingleAsync(r => r.Id == order.RequirementId, ct);
        var model = await run.Db.Models.AsNoTracking().SingleAsync(m => m.Id == order.ModelId, ct);
        var mesh = run.Get<ModelMeshes>().Load(model, analysis.Scale);
        var royalty = await RoyaltyAsync(run, order);
        var centres = new List<(IGrouping<Guid, PrinterFinding> Findings, PriceList? PriceList)>();
        foreach (var centre in analysis.Printers.Where(p => p.Capable).GroupBy(p => p.AmCentreId))
        {
            centres.Add((centre, await run.Db.PriceLists.AsNoTracking().Where(p => p.OrganizationId == centre.Key && p.Active)
                .OrderBy(p => p.Name).FirstOrDefaultAsync(ct)));
        }
        // The convex hull is only a pricing formula's input (its costliest measure: a second or more at a million
        // triangles): it is built, on the pool while the print times are estimated, only when a formula will read it.
        var hullTask = centres.Any(c => c.PriceList?.PricingScript is not null) ? Task.Run(() => ConvexHull.Measure(mesh), ct) : null;
        var quotes = new List<Quote>();
        foreach (var (centre, priceList) in centres)
        {
            var materialIds = centre.SelectMany(p => p.MaterialIds).Distinct().ToList();
            var materials = await run.Db.Materials.AsNoTracking().Where(m => materialIds.Contains(m.Id)).ToListAsync(ct);
            var quote = new Quote
            {
                Id = Guid.CreateVersion7(run.Now), OrderId = order.Id, AmCentreId = centre.Key, PriceListId = priceList?.Id,
                Currency = priceList?.Currency ?? "EUR", ExecutionId = run.Context.ExecutionId, CreatedAt = run.Now, Status = QuoteStatus.Offered,
            };
            try
            {
                if (priceList is null)
                {
                    throw new PricingException($"{centre.First().AmCentreName} has no active price list.");
                }
                var finding = await ShortestQueueAsync(run, [.. centre]);
                var printer = await run.Db.Printers.AsNoTracking().SingleAsync(p => p.Id == finding.PrinterId, ct);
                var material = materials.Where(m => m.Process == printer.Process).MinBy(CostPerCm3)
                    ?? throw new PricingException($"{finding.AmCentreName} has no suitable material for {finding.PrinterName}.");
                var estimate = PrintTimeEstimator.Estimate(PrintEstimates.Oriented(mesh, finding.Orientation?.Axes ?? "XYZ"), PrintEstimates.ParametersFor(printer, material));
                var support = PrintEstimates.BuildsSupports(printer.Process) ? finding.SupportVolumeMm3 : 0;
                var measures = new PartMeasures(analysis.Mesh.PricingVolumeMm3 / 1000, support / 1000, estimate.Seconds / 3600);
                var hull = priceList.PricingScript is null ? (ConvexHullMeasures?)null : await hullTask!;
                var (lines, total) = priceList.PricingScript is { } script
                    ? await run.Get<PricingScripts>().RunAsync(script, PricingScripts.Input(new ScriptPart(measures.PartCm3, analysis.Mesh.AreaMm2 / 100,
                        hull!.Value.Volume / 1000, measures.SupportCm3, analysis.Mesh.Shells, measures.MachineHours, analysis.Mesh.SizeMm[0], analysis.Mesh.SizeMm[1], analysis.Mesh.SizeMm[2]),
                        requirement.Quantity, requirement.PostProcessing.Select(p => p.ToString()), material, priceList), priceList.Currency, ct)
                    : PriceCalculator.Price(priceList, material, measures, requirement.Quantity, requirement.PostProcessing, printer.HourlyRate, royalty);
                quote.Lines = lines;
                quote.Total = total;
                quote.PrinterId = printer.Id;
                quote.MaterialId = material.Id;
                quote.LeadTimeDays = (int)Math.Ceiling((await QueueHoursAsync(run, printer.Id) + (requirement.Quantity * measures.MachineHours)) / 24) + HandlingDays;
                quote.ValidUntil = run.Now.AddDays(priceList.QuoteValidityDays);
                quote.EstimateJson = JsonSerializer.Serialize(new
                {
                    machineHoursPerPart = measures.MachineHours, partCm3 = measures.PartCm3, supportCm3 = measures.SupportCm3, convexHullCm3 = hull?.Volume / 1000,
                    layers = estimate.Layers, layerHeight = PrintEstimates.ParametersFor(printer, material).LayerHeight, process = estimate.Process,
                    breakdown = estimate.Breakdown.Select(b => new { feature = b.Feature, hours = b.Seconds / 3600 }),
                    orientation = finding.Orientation?.Axes,
                }, Json.Options);
            }
            catch (PricingException e)
            {
                quote.Status = QuoteStatus.Failed;
                quote.FailureReason = e.Message;
                quote.ValidUntil = run.Now;
            }
            quotes.Add(quote);
        }
        return quotes;
    }

    private static decimal CostPerCm3(Material m) => m.PricingBasis == PricingBasis.PerKg ? m.UnitPrice * m.Density / 1000 : m.UnitPrice;

    // Machine hours already promised on a printer: accepted quotes of orders that are not printed yet.
    private static async Task<double> QueueHoursAsync(OrderStep run, Guid printerId)
    {
        var open = await (from q in run.Db.Quotes.AsNoTracking()
                          join o in run.Db.Orders on q.Id equals o.AcceptedQuoteId
                          join r in run.Db.Requirements on o.RequirementId equals r.Id
                          where q.PrinterId == printerId && (o.Status == OrderStatus.Accepted || o.Status == OrderStatus.Printing)
                          select new { q.EstimateJson, r.Quantity }).ToListAsync(run.CancellationToken);
        return open.Sum(x => (JsonNode.Parse(x.EstimateJson)?["machineHoursPerPart"]?.GetValue<double>() ?? 0) * x.Quantity);
    }

    private static async Task<PrinterFinding> ShortestQueueAsync(OrderStep run, List<PrinterFinding> capable)
    {
        var best = capable[0];
        var bestHours = double.MaxValue;
        foreach (var finding in capable.OrderBy(f => f.PrinterName, StringComparer.Ordinal))
        {
            var hours = await QueueHoursAsync(run, finding.PrinterId);
            if (hours < bestHours)
            {
                (best, bestHours) = (finding, hours);
            }
        }
        return best;
    }

    private static async Task<Royalty?> RoyaltyAsync(OrderStep run, Order order)
    {
        if (order.RoyaltyDesignId is not { } id)
        {
            return null;
        }
        var design = await run.Db.ProtectedDesigns.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, run.CancellationToken);
        return design is { Licence: LicenceKind.RoyaltyPerPart, RoyaltyPerPart: { } perPart, RoyaltyCurrency: { } currency }
            ? new Royalty(perPart, currency, design.Name) : null;
    }
}
