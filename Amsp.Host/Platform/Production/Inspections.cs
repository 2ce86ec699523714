using Amsp.Activities.Production;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Domain.Production;
using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Orders;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Production;

public sealed record InspectionDto(Guid Id, string OrderNumber, Guid AmCentreId, int Attempt, InspectionStatus Status,
    IReadOnlyList<InspectionCharacteristic> Characteristics, string? Nonconformity, string? Notes, string? InspectorName,
    DateTimeOffset CreatedAt, DateTimeOffset? InspectedAt)
{
    public static InspectionDto From(Inspection i) => new(i.Id, i.OrderNumber, i.AmCentreId, i.Attempt, i.Status, i.Characteristics,
        i.Nonconformity, i.Notes, i.InspectorName, i.CreatedAt, i.InspectedAt);
}

/// <summary>One entered value: a measurement in mm for a dimension, or accepted/not for the visual check.</summary>
public sealed record MeasurementInput(string? Characteristic, decimal? Measured, bool? Accepted);

public sealed record InspectionInput(IReadOnlyList<MeasurementInput>? Measurements, string? Nonconformity, string? Notes);

/// <summary>The inspection queue of the caller's AM centres.</summary>
[AllowedRoles(AmspRoles.QualityInspector, AmspRoles.Manufacturer)]
public sealed record ListInspections(InspectionStatus? Status, Paging Paging) : IQuery<Page<InspectionDto>>, IValidated
{
    public void Validate(Validation validation) => Paging.Validate(validation);
}

/// <summary>The order's inspections, the latest first: its customer and the producing centre's staff see them.</summary>
[AllowedRoles(AmspRoles.Customer, AmspRoles.QualityInspector, AmspRoles.Manufacturer)]
public sealed record GetOrderInspections(string OrderNumber) : IQuery<IReadOnlyList<InspectionDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];
}

/// <summary>A quality inspector of the producing centre enters the measurements; the verdict is computed from the plan.</summary>
[AllowedRoles(AmspRoles.QualityInspector)]
public sealed record RecordInspection(string OrderNumber, InspectionInput Input) : ICommand<OrderDecision>, IScopedRequest, IValidated
{
    public const int MaxMeasurements = 2000;

    public IEnumerable<ResourceRef> Resources => [ResourceRef.Order(OrderNumber)];

    public void Validate(Validation validation)
    {
        validation.When(Input.Measurements is null or { Count: 0 }, "measurements", "are required: one per characteristic of the plan.")
            .When(Input.Measurements is { Count: > MaxMeasurements }, "measurements", $"are at most {MaxMeasurements}.")
            .Text(Input.Nonconformity, "nonconformity", 4000, required: false).Text(Input.Notes, "notes", 4000, required: false);
    }
}

public sealed class InspectionHandlers(AmspDbContext db, Caller caller, TimeProvider time)
    : IQueryHandler<ListInspections, Page<InspectionDto>>, IQueryHandler<GetOrderInspections, IReadOnlyList<InspectionDto>>,
      ICommandHandler<RecordInspection, OrderDecision>
{
    public async ValueTask<Page<InspectionDto>> Handle(ListInspections query, CancellationToken cancellationToken)
    {
        var inspections = db.Inspections.AsNoTracking();
        if (!caller.IsAdmin)
        {
            var centres = caller.OrganizationsWith(AmspRoles.QualityInspector, AmspRoles.Manufacturer);
            inspections = inspections.Where(i => centres.Contains(i.AmCentreId));
        }
        if (query.Status is { } status)
        {
            inspections = inspections.Where(i => i.Status == status);
        }
        return await inspections.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).PageAsync(query.Paging, InspectionDto.From, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<InspectionDto>> Handle(GetOrderInspections query, CancellationToken cancellationToken)
    {
        var (order, centre) = await ProductionAccess.AcceptedCentreAsync(db, query.OrderNumber, cancellationToken);
        if (!caller.HasRoleIn(order.OrganizationId, [AmspRoles.Customer]))
        {
            ProductionAccess.RequireCentre(caller, centre, order.Number, AmspRoles.QualityInspector, AmspRoles.Manufacturer);
        }
        var list = await db.Inspections.AsNoTracking().Where(i => i.OrderId == order.Id).OrderByDescending(i => i.Attempt).ToListAsync(cancellationToken);
        return [.. list.Select(InspectionDto.From)];
    }

    public async ValueTask<OrderDecision> Handle(RecordInspection command, CancellationToken cancellationToken)
    {
        var (order, centre) = await ProductionAccess.AcceptedCentreAsync(db, command.OrderNumber, cancellationToken);
        ProductionAccess.RequireCentre(caller, centre, order.Number, AmspRoles.QualityInspector);
        var inspection = await db.Inspections.Where(i => i.OrderId == order.Id && i.Status == InspectionStatus.Awaiting)
            .OrderByDescending(i => i.Attempt).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ApiProblemException(StatusCodes.Status409Conflict, "Nothing to inspect", $"Order {order.Number} waits for no inspection now.");
        Apply(inspection, command.Input);
        inspection.InspectorId = caller.UserId;
        inspection.InspectorName = await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.DisplayName ?? u.Email).SingleOrDefaultAsync(cancellationToken);
        inspection.InspectedAt = time.GetUtcNow();
        // Owned JSON collections are replaced, not patched: mark it so every provider writes the new values.
        inspection.Characteristics = [.. inspection.Characteristics];
        return new OrderDecision(order.Number, order.Id, OrderWorkflow.InstanceIdOf(order.Id), QualityInspection.Signal, null);
    }

    // Every line of the plan needs its value, and only those; the verdict follows from them.
    private static void Apply(Inspection inspection, InspectionInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var given = new Dictionary<string, MeasurementInput>(StringComparer.OrdinalIgnoreCase);
        foreach (var (m, i) in input.Measurements!.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(m.Characteristic) || !given.TryAdd(m.Characteristic.Trim(), m))
            {
                errors[$"measurements[{i}].characteristic"] = ["must name a characteristic of the plan, once."];
            }
        }
        foreach (var line in inspection.Characteristics)
        {
            if (!given.Remove(line.Name, out var m))
            {
                errors[$"measurements.{line.Name}"] = ["is missing."];
                continue;
            }
            if (line.Kind == CharacteristicKind.Visual ? m.Accepted is null : m.Measured is not { } v || Math.Abs(v) > 100_000)
            {
                errors[$"measurements.{line.Name}"] = [line.Kind == CharacteristicKind.Visual ? "needs accepted: true or false." : "needs a measured value in mm."];
                continue;
            }
            line.Measured = line.Kind == CharacteristicKind.Visual ? null : m.Measured;
            line.Accepted = line.Kind == CharacteristicKind.Visual ? m.Accepted : null;
            line.Passed = InspectionPlans.Judge(line);
        }
        foreach (var unknown in given.Keys)
        {
            errors[$"measurements.{unknown}"] = ["is not in the plan."];
        }
        var passed = inspection.Characteristics.All(c => c.Passed == true);
        if (errors.Count == 0 && !passed && string.IsNullOrWhiteSpace(input.Nonconformity))
        {
            errors["nonconformity"] = ["is required when a characteristic fails: say what is wrong."];
        }
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
        inspection.Status = passed ? InspectionStatus.Passed : InspectionStatus.Failed;
        inspection.Nonconformity = passed ? null : input.Nonconformity!.Trim();
        inspection.Notes = input.Notes?.Trim();
    }
}
