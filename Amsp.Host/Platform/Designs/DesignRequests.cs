using Amsp.Domain.Designs;
using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Persistence;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Models;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Platform.Designs;

public sealed record DesignRequestInput(string? Brief, IReadOnlyList<Guid>? ReferenceModelIds);

public sealed record DesignRequestDto(Guid Id, Guid OrganizationId, Guid RequirementId, string Brief, IReadOnlyList<Guid> ReferenceModelIds,
    DesignRequestStatus Status, string? DesignerId, Guid? DesignerOrganizationId, Guid? AcceptedModelId,
    DateTimeOffset CreatedAt, DateTimeOffset? TakenAt, DateTimeOffset? AcceptedAt, IReadOnlyList<ModelDto> Versions);

/// <summary>A customer asks for a designer: the requirement has no printable model yet.</summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record RequestDesign(Guid RequirementId, DesignRequestInput Input) : ICommand<DesignRequestDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources =>
        [new(ResourceKind.Requirement, RequirementId), .. (Input.ReferenceModelIds ?? []).Select(id => new ResourceRef(ResourceKind.Model, id))];

    public void Validate(Validation validation) =>
        validation.Text(Input.Brief, "brief", 4000).When(Input.ReferenceModelIds is { Count: > 20 }, "referenceModelIds", "takes at most 20 models.");
}

/// <summary>A designer takes an open request from the queue, for their organization.</summary>
[AllowedRoles(AmspRoles.Designer)]
public sealed record TakeDesignRequest(Guid DesignRequestId, Guid? OrganizationId) : ICommand<DesignRequestDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.DesignRequest, DesignRequestId)];
}

/// <summary>The designer who took a request uploads a model version for it.</summary>
[AllowedRoles(AmspRoles.Designer)]
public sealed record UploadDesignVersion(Guid DesignRequestId, string FileName, Stream Content, long? DeclaredLength = null) : ICommand<UploadedModelDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.DesignRequest, DesignRequestId)];
}

/// <summary>The customer accepts one version: it becomes the requirement's model.</summary>
[AllowedRoles(AmspRoles.Customer)]
public sealed record AcceptDesignVersion(Guid DesignRequestId, Guid ModelId) : ICommand<DesignRequestDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.DesignRequest, DesignRequestId)];
}

[AllowedRoles(AmspRoles.Customer)]
public sealed record CancelDesignRequest(Guid DesignRequestId) : ICommand<DesignRequestDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.DesignRequest, DesignRequestId)];
}

public sealed class DesignRequestCommandHandlers(AmspDbContext db, Caller caller, TimeProvider time, ModelLibrary library, IOptions<ModelOptions> options)
    : ICommandHandler<RequestDesign, DesignRequestDto>, ICommandHandler<TakeDesignRequest, DesignRequestDto>,
      ICommandHandler<UploadDesignVersion, UploadedModelDto>, ICommandHandler<AcceptDesignVersion, DesignRequestDto>,
      ICommandHandler<CancelDesignRequest, DesignRequestDto>
{
    public async ValueTask<DesignRequestDto> Handle(RequestDesign command, CancellationToken cancellationToken)
    {
        var requirement = await db.Requirements.SingleAsync(r => r.Id == command.RequirementId, cancellationToken);
        var references = command.Input.ReferenceModelIds?.Distinct().ToList() ?? [];
        if (await db.Models.CountAsync(m => references.Contains(m.Id) && m.OrganizationId == requirement.OrganizationId, cancellationToken) != references.Count)
        {
            throw RequestValidationException.For("referenceModelIds", "must name models of the requirement's organization.");
        }
        if (await db.DesignRequests.AnyAsync(d => d.RequirementId == requirement.Id
            && (d.Status == DesignRequestStatus.Open || d.Status == DesignRequestStatus.InProgress), cancellationToken))
        {
            throw Conflict($"Requirement {requirement.Id} already has a design request under way.");
        }
        var now = time.GetUtcNow();
        var request = new DesignRequest
        {
            Id = Guid.CreateVersion7(now), OrganizationId = requirement.OrganizationId, RequirementId = requirement.Id,
            RequestedBy = caller.UserId, Brief = command.Input.Brief!.Trim(), ReferenceModelIds = references,
            Status = DesignRequestStatus.Open, CreatedAt = now,
        };
        db.DesignRequests.Add(request);
        return await DesignRequestQueryHandlers.ToDtoAsync(db, request, cancellationToken);
    }

    public async ValueTask<DesignRequestDto> Handle(TakeDesignRequest command, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.SingleAsync(d => d.Id == command.DesignRequestId, cancellationToken);
        if (request.Status != DesignRequestStatus.Open)
        {
            throw Conflict($"Design request {request.Id} is {request.Status}, not open: somebody took it already.");
        }
        request.DesignerOrganizationId = caller.ActingOrganization(AmspRoles.Designer, command.OrganizationId);
        request.DesignerId = caller.UserId;
        request.Status = DesignRequestStatus.InProgress;
        request.TakenAt = time.GetUtcNow();
        return await DesignRequestQueryHandlers.ToDtoAsync(db, request, cancellationToken);
    }

    public async ValueTask<UploadedModelDto> Handle(UploadDesignVersion command, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.SingleAsync(d => d.Id == command.DesignRequestId, cancellationToken);
        if (request.Status != DesignRequestStatus.InProgress || request.DesignerOrganizationId is not { } designers
            || !caller.OrganizationsWith(AmspRoles.Designer).Contains(designers))
        {
            throw Conflict($"Design request {request.Id} is {request.Status}: versions are uploaded by the designers who took it, while it is in progress.");
        }
        var previous = await db.Models.Where(m => m.DesignRequestId == request.Id).OrderByDescending(m => m.CreatedAt)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var added = await ModelUploads.AddAsync(library, command.Content, command.FileName,
            new ModelSource(request.OrganizationId, caller.UserId, ModelOrigin.Design, previous, request.Id), options.Value.MaxUploadBytes, cancellationToken,
            command.DeclaredLength);
        return new UploadedModelDto(ModelDto.From(added.Model), ModelQueryHandlers.Parse(added.Model.CheckReportJson),
            await PrinterFits.ForAsync(db, added.Model, cancellationToken), added.Duplicate);
    }

    public async ValueTask<DesignRequestDto> Handle(AcceptDesignVersion command, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.SingleAsync(d => d.Id == command.DesignRequestId, cancellationToken);
        if (request.Status != DesignRequestStatus.InProgress)
        {
            throw Conflict($"Design request {request.Id} is {request.Status}: only a request in progress has versions to accept.");
        }
        if (!await db.Models.AnyAsync(m => m.Id == command.ModelId && m.DesignRequestId == request.Id, cancellationToken))
        {
            throw RequestValidationException.For("modelId", "must be a version uploaded for this design request.");
        }
        var requirement = await db.Requirements.SingleAsync(r => r.Id == request.RequirementId, cancellationToken);
        requirement.ModelId = command.ModelId;
        var now = time.GetUtcNow();
        requirement.UpdatedAt = now;
        request.AcceptedAt = now;
        request.AcceptedModelId = command.ModelId;
        request.Status = DesignRequestStatus.Accepted;
        return await DesignRequestQueryHandlers.ToDtoAsync(db, request, cancellationToken);
    }

    public async ValueTask<DesignRequestDto> Handle(CancelDesignRequest command, CancellationToken cancellationToken)
    {
        var request = await db.DesignRequests.SingleAsync(d => d.Id == command.DesignRequestId, cancellationToken);
        if (request.Status is DesignRequestStatus.Accepted or DesignRequestStatus.Cancelled)
        {
            throw Conflict($"Design request {request.Id} is already {request.Status}.");
        }
        request.Status = DesignRequestStatus.Cancelled;
        return await DesignRequestQueryHandlers.ToDtoAsync(db, request, cancellationToken);
    }

    private static ApiProblemException Conflict(string detail) => new(StatusCodes.Status409Conflict, "Not allowed now", detail);
}
