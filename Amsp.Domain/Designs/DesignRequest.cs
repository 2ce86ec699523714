using System.Text.Json.Serialization;

namespace Amsp.Domain.Designs;

/// <summary>Where a design request stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DesignRequestStatus>))]
public enum DesignRequestStatus
{
    /// <summary>In the designers' queue.</summary>
    Open,

    /// <summary>Taken by a designer, who uploads versions.</summary>
    InProgress,

    /// <summary>The customer accepted a version; it is the requirement's model.</summary>
    Accepted,

    Cancelled,
}

/// <summary>
/// ISO/IEC 23510 §5.3: a requirement without a printable model asks for a designer, with a brief and reference
/// files. A designer (of the platform or of an AM centre) takes it from the queue and uploads model versions.
/// </summary>
public class DesignRequest
{
    public Guid Id { get; set; }

    /// <summary>The customer's organization.</summary>
    public Guid OrganizationId { get; set; }

    public Guid RequirementId { get; set; }

    public string RequestedBy { get; set; } = "";

    public string Brief { get; set; } = "";

    /// <summary>Models of the customer's organization given as references.</summary>
    public List<Guid> ReferenceModelIds { get; set; } = [];

    public DesignRequestStatus Status { get; set; }

    public string? DesignerId { get; set; }

    /// <summary>The designer's organization while the request is taken.</summary>
    public Guid? DesignerOrganizationId { get; set; }

    public Guid? AcceptedModelId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? TakenAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }
}
