using System.Text.Json.Serialization;
using Amsp.Domain.Persistence;

namespace Amsp.Domain.Production;

[JsonConverter(typeof(JsonStringEnumConverter<InspectionStatus>))]
public enum InspectionStatus
{
    Awaiting,
    Passed,
    Failed,
}

/// <summary>What a characteristic of the plan comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CharacteristicKind>))]
public enum CharacteristicKind
{
    /// <summary>A critical dimension of the requirement, with its own deviations.</summary>
    Critical,

    /// <summary>A dimension under the requirement's ISO 2768-1 general-tolerance class.</summary>
    General,

    /// <summary>The visual check: passes or not, no number.</summary>
    Visual,
}

/// <summary>One line of an inspection plan and, once measured, its result.</summary>
public class InspectionCharacteristic
{
    public string Name { get; set; } = "";

    public CharacteristicKind Kind { get; set; }

    /// <summary>Nominal in mm (none for the visual check).</summary>
    public decimal Nominal { get; set; }

    public decimal LowerDeviation { get; set; }

    public decimal UpperDeviation { get; set; }

    public decimal? Measured { get; set; }

    /// <summary>The visual check's answer.</summary>
    public bool? Accepted { get; set; }

    public bool? Passed { get; set; }
}

/// <summary>
/// The quality check of an order's parts at its AM centre: the plan is made from the requirement when the parts are
/// printed; a quality inspector enters the measurements and the verdict is computed from the plan.
/// </summary>
public class Inspection : ITracksModification
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string OrderNumber { get; set; } = "";

    public Guid AmCentreId { get; set; }

    /// <summary>1 for the first inspection, 2 after a re-print.</summary>
    public int Attempt { get; set; }

    public string ExecutionId { get; set; } = "";

    public InspectionStatus Status { get; set; }

    public List<InspectionCharacteristic> Characteristics { get; set; } = [];

    /// <summary>What was wrong, recorded with a failed verdict.</summary>
    public string? Nonconformity { get; set; }

    public string? Notes { get; set; }

    public string? InspectorId { get; set; }

    public string? InspectorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? InspectedAt { get; set; }

    /// <summary>When it last changed (stamped at every save).</summary>
    public DateTimeOffset ModifiedAt { get; set; }
}
