using System.Globalization;
using Amsp.Activities.Services;
using Amsp.Domain.Designs;
using Amsp.Domain.Orders;
using Amsp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Activities.Orders;

/// <summary>
/// ISO/IEC 23510 §7.1: compares the order's model with every protected design of the registry. A design of the
/// customer's own organization, one that licenses the customer, or one printable against a royalty is no obstacle (the
/// royalty is priced into the quotes). Otherwise the closest match decides: at or above <see cref="InfringingThreshold"/>
/// the order is refused; at or above <see cref="ReviewThreshold"/> a reviewer decides; below, it is clear.
/// </summary>
[Activity("CopyrightCheck", Category = "Order", DisplayName = "Copyright check", Outcomes = ["Clear", "NeedsReview", "Infringing"],
    Description = "Compares the model's fingerprint with the protected-design registry.")]
public sealed class CopyrightCheck(IServiceScopeFactory scopes) : OrderActivity(scopes)
{
    /// <summary>Similarity from which a match is taken for a copy.</summary>
    [Input(Syntaxes = ["Literal", "JavaScript"], DefaultJson = "0.97", Description = "Similarity (0 to 1) from which the model is taken for a copy; default 0.97.")]
    public double InfringingThreshold { get; set; } = 0.97;

    /// <summary>Similarity from which a reviewer decides.</summary>
    [Input(Syntaxes = ["Literal", "JavaScript"], DefaultJson = "0.90", Description = "Similarity (0 to 1) from which a reviewer decides; default 0.90.")]
    public double ReviewThreshold { get; set; } = 0.90;

    /// <summary>The closest match's similarity.</summary>
    [Output(Description = "The similarity of the closest protected design that applies (0 when none).")]
    public double Similarity { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(OrderStep run, Order order)
    {
        if (ReviewThreshold is < 0 or > 1 || InfringingThreshold is < 0 or > 1 || ReviewThreshold > InfringingThreshold)
        {
            throw new ArgumentException($"Thresholds must lie in [0, 1] with the review threshold ({ReviewThreshold}) at most the infringing one ({InfringingThreshold}).");
        }
        var model = await run.Db.Models.AsNoTracking().SingleAsync(m => m.Id == order.ModelId, run.CancellationToken);
        // Computed after the upload was answered; an order submitted at once may be here first.
        var stored = await run.Get<ModelFingerprints>().GetAsync(model, run.CancellationToken);
        var fingerprint = stored.Parse();
        var designs = await run.Db.ProtectedDesigns.AsNoTracking().Where(d => d.OwnerOrganizationId != order.OrganizationId).ToListAsync(run.CancellationToken);
        var matches = designs
            .Select(d => (Design: d, Similarity: d.CanonicalSha256 == stored.CanonicalSha256 ? 1.0 : fingerprint.Similarity(Fingerprints.Parse(d.FingerprintJson))))
            .Where(m => m.Similarity >= ReviewThreshold)
            .OrderByDescending(m => m.Similarity).ToList();
        order.RoyaltyDesignId = matches.Where(m => m.Design.Licence == LicenceKind.RoyaltyPerPart).Select(m => (Guid?)m.Design.Id).FirstOrDefault();
        var binding = matches.Where(m => !Permits(m.Design, order.OrganizationId)).ToList();
        Similarity = binding.Count == 0 ? 0 : binding[0].Similarity;
        if (binding.Count == 0)
        {
            return ActivityResult.Outcome("Clear");
        }
        if (Similarity >= InfringingThreshold)
        {
            order.Reasons = [string.Create(CultureInfo.InvariantCulture,
                $"The model matches a design its owner protects (similarity {Similarity:P0}) and does not license to you: it cannot be printed for you.")];
            return ActivityResult.Outcome("Infringing");
        }
        var existing = await run.Db.CopyrightReviews.Where(r => r.ExecutionId == run.Context.ExecutionId).Select(r => r.ProtectedDesignId).ToListAsync(run.CancellationToken);
        foreach (var (design, similarity) in binding.Where(b => !existing.Contains(b.Design.Id)))
        {
            run.Db.CopyrightReviews.Add(new CopyrightReview
            {
                Id = Guid.CreateVersion7(run.Now), OrderId = order.Id, ModelId = model.Id, ProtectedDesignId = design.Id, Similarity = similarity,
                Status = CopyrightReviewStatus.Pending, ExecutionId = run.Context.ExecutionId, CreatedAt = run.Now,
            });
        }
        order.Reasons = ["The model resembles a protected design: a reviewer checks it before the order goes on."];
        run.ChangeStatus(order, OrderStatus.OnHold, "Copyright review: the model resembles a protected design.");
        return ActivityResult.Outcome("NeedsReview");
    }

    private static bool Permits(ProtectedDesign design, Guid organization) => design.Licence switch
    {
        LicenceKind.ListedLicensees => design.LicenseeOrganizationIds.Contains(organization),
        LicenceKind.RoyaltyPerPart => true,
        _ => false,
    };
}
