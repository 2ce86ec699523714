using Amsp.Activities.Orders;
using Amsp.Domain.Identity;
using Amsp.Domain.Orders;
using Amsp.Domain.Persistence;
using Amsp.Domain.Storage;
using Amsp.Host.Auth;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Orders;

public sealed record ReviewedModelDto(Guid ModelId, string FileName, ModelDto Model);

/// <summary>A near match waiting for a reviewer, with both models.</summary>
public sealed record CopyrightReviewDto(Guid Id, string OrderNumber, CopyrightReviewStatus Status, double Similarity, ModelDto OrderModel,
    Guid ProtectedDesignId, string ProtectedDesignName, ModelDto ProtectedModel, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note, DateTimeOffset CreatedAt);

public sealed record ReviewDecisionInput(bool? Clear, string? Note);

/// <summary>
/// Copyright reviews are the platform's work: Operators of the platform organization and administrators review them,
/// and only they see the two models side by side.
/// </summary>
[AllowedRoles(AmspRoles.Operator)]
public sealed record ListCopyrightReviews(CopyrightReviewStatus? Status, Paging Paging) : IQuery<Page<CopyrightReviewDto>>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, IdentitySeeder.PlatformOrganizationId)];

    public void Validate(Validation validation) => Paging.Validate(validation);
}

[AllowedRoles(AmspRoles.Operator)]
public sealed record DecideCopyrightReview(Guid ReviewId, ReviewDecisionInput Input) : ICommand<OrderDecision>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.CopyrightReview, ReviewId)];

    public void Validate(Validation validation) =>
        validation.When(Input.Clear is null, "clear", "is required: true lets the order go on, false refuses it.").Text(Input.Note, "note", 2000, required: false);
}

/// <summary>One of the two models of a review: the order's (<c>order</c>) or the protected one (<c>protected</c>).</summary>
[AllowedRoles(AmspRoles.Operator)]
public sealed record DownloadReviewedModel(Guid ReviewId, string Which) : IQuery<ModelFile>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.CopyrightReview, ReviewId)];
}

public sealed class CopyrightReviewHandlers(AmspDbContext db, Caller caller, TimeProvider time, IBlobStore blobs)
    : IQueryHandler<ListCopyrightReviews, Page<CopyrightReviewDto>>, ICommandHandler<DecideCopyrightReview, OrderDecision>,
      IQueryHandler<DownloadReviewedModel, ModelFile>
{
    public async ValueTask<Page<CopyrightReviewDto>> Handle(ListCopyrightReviews query, CancellationToken cancellationToken)
    {
        var reviews = db.CopyrightReviews.AsNoTracking();
        if (query.Status is { } status)
        {
            reviews = reviews.Where(r => r.Status == status);
        }
        var page = await reviews.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).PageAsync(query.Paging, r => r, cancellationToken);
        var items = new List<CopyrightReviewDto>();
        foreach (var r in page.Items)
        {
            var order = await db.Orders.AsNoTracking().Where(o => o.Id == r.OrderId).Select(o => o.Number).SingleAsync(cancellationToken);
            var design = await db.ProtectedDesigns.AsNoTracking().SingleAsync(d => d.Id == r.ProtectedDesignId, cancellationToken);
            var models = await db.Models.AsNoTracking().Where(m => m.Id == r.ModelId || m.Id == design.ModelId).ToListAsync(cancellationToken);
            items.Add(new CopyrightReviewDto(r.Id, order, r.Status, r.Similarity, ModelDto.From(models.Single(m => m.Id == r.ModelId)), design.Id, design.Name,
                ModelDto.From(models.Single(m => m.Id == design.ModelId)), r.DecidedBy, r.DecidedAt, r.Note, r.CreatedAt));
        }
        return new Page<CopyrightReviewDto>(items, page.Total, page.PageNumber, page.PageSize);
    }

    public async ValueTask<OrderDecision> Handle(DecideCopyrightReview command, CancellationToken cancellationToken)
    {
        var review = await db.CopyrightReviews.SingleOrDefaultAsync(r => r.Id == command.ReviewId, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Copyright review {command.ReviewId} does not exist.");
        if (review.Status != CopyrightReviewStatus.Pending)
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Already decided", $"Copyright review {review.Id} was decided: {review.Status}.");
        }
        review.Status = command.Input.Clear == true ? CopyrightReviewStatus.Cleared : CopyrightReviewStatus.Rejected;
        review.DecidedBy = caller.UserId;
        review.DecidedAt = time.GetUtcNow();
        review.Note = string.IsNullOrWhiteSpace(command.Input.Note) ? null : command.Input.Note.Trim();
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == review.OrderId, cancellationToken);
        return new OrderDecision(order.Number, order.Id, order.InstanceId, AwaitCopyrightReview.Signal, null);
    }

    public async ValueTask<ModelFile> Handle(DownloadReviewedModel query, CancellationToken cancellationToken)
    {
        var review = await db.CopyrightReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ReviewId, cancellationToken)
            ?? throw ApiProblemException.NotFound($"Copyright review {query.ReviewId} does not exist.");
        var modelId = query.Which switch
        {
            "order" => review.ModelId,
            "protected" => await db.ProtectedDesigns.Where(d => d.Id == review.ProtectedDesignId).Select(d => d.ModelId).SingleAsync(cancellationToken),
            _ => throw ApiProblemException.NotFound($"A review has an 'order' and a 'protected' model, not '{query.Which}'."),
        };
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == modelId, cancellationToken);
        return new ModelFile(blobs.OpenRead(model.Sha256) ?? throw new ApiProblemException(StatusCodes.Status410Gone, "File missing", "The model's file is gone."),
            model.OriginalName, model.Sha256);
    }
}
