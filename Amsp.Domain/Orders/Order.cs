using System.Text.Json.Serialization;
using Amsp.Domain.Persistence;

namespace Amsp.Domain.Orders;

/// <summary>Where an order stands; the order workflow moves it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    /// <summary>Submitted; intake, copyright check, mesh detection and quoting under way.</summary>
    Requested,

    /// <summary>The requirement needs correcting; the reasons are on the order.</summary>
    Invalid,

    /// <summary>Waiting for the customer: confirm the model's units, or wait for a copyright review.</summary>
    OnHold,

    /// <summary>Quotes are offered; waiting for the customer's choice.</summary>
    Quoted,

    Accepted,
    Rejected,
    Expired,
    Cancelled,
    Printing,
    Inspecting,
    Shipped,
    Delivered,
    Failed,
}

/// <summary>
/// A customer's order: made when a requirement is submitted, numbered <c>AMSP-yyyy-nnnnnn</c>, and carried by one
/// instance of the order workflow whose correlation id is the number.
/// </summary>
public class Order : ITracksModification
{
    public Guid Id { get; set; }

    /// <summary>Human-readable number, e.g. <c>AMSP-2026-000123</c>; the workflow instance's correlation id.</summary>
    public string Number { get; set; } = "";

    /// <summary>The customer's organization.</summary>
    public Guid OrganizationId { get; set; }

    public Guid RequirementId { get; set; }

    public string CreatedBy { get; set; } = "";

    public OrderStatus Status { get; set; }

    /// <summary>Why the order stands where it does, in words for the customer (e.g. the intake's reasons).</summary>
    public List<string> Reasons { get; set; } = [];

    /// <summary>The workflow instance carrying the order.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>The model quoted and printed: the requirement's model, or its repaired version.</summary>
    public Guid? ModelId { get; set; }

    /// <summary>The last mesh detection's findings (JSON), shown to the customer.</summary>
    public string? AnalysisJson { get; set; }

    /// <summary>The last repair's actions with their counts (JSON).</summary>
    public string? RepairJson { get; set; }

    public Guid? AcceptedQuoteId { get; set; }

    /// <summary>A protected design the model matches that may be printed against a royalty per part.</summary>
    public Guid? RoyaltyDesignId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The same as <see cref="UpdatedAt"/> (not a column of its own).</summary>
    DateTimeOffset ITracksModification.ModifiedAt { get => UpdatedAt; set => UpdatedAt = value; }

    /// <summary>Optimistic concurrency: a change made meanwhile by another request fails instead of being lost.</summary>
    public int Version { get; set; }

    public List<OrderStatusChange> History { get; set; } = [];

    /// <summary>
    /// Moves the order to <paramref name="to"/> and records the change. A change already recorded for
    /// <paramref name="executionId"/> is not recorded again (the workflow re-ran the step after a crash), so the
    /// history must be loaded when an execution id is given.
    /// </summary>
    public OrderStatusChange? ChangeStatus(OrderStatus to, string actor, string? reason, DateTimeOffset at, string? executionId = null)
    {
        if (executionId is not null && History.Any(h => h.ExecutionId == executionId))
        {
            return null;
        }
        var change = new OrderStatusChange
        {
            Id = Guid.CreateVersion7(at), OrderId = Id, Sequence = History.Count == 0 ? 1 : History.Max(h => h.Sequence) + 1,
            At = at, From = Status, To = to, Actor = actor, Reason = reason, ExecutionId = executionId,
        };
        History.Add(change);
        Status = to;
        UpdatedAt = at;
        return change;
    }
}

/// <summary>One change of an order's status: when, by whom, why.</summary>
public class OrderStatusChange
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    /// <summary>The change's place in the order's history, from 1: changes made in the same instant keep their order.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public OrderStatus? From { get; set; }

    public OrderStatus To { get; set; }

    /// <summary>The person, or <c>workflow</c> for the order workflow.</summary>
    public string Actor { get; set; } = "";

    public string? Reason { get; set; }

    /// <summary>The workflow execution that made the change, so a re-run after a crash does not record it twice.</summary>
    public string? ExecutionId { get; set; }
}
