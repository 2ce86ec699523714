using System.Text.Json.Serialization;
using Amsp.Domain.Persistence;

namespace Amsp.Domain.Production;

/// <summary>Where a print job stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PrintJobStatus>))]
public enum PrintJobStatus
{
    /// <summary>Waiting for its printer to be free; the dispatcher uploads it then.</summary>
    Queued,

    /// <summary>Sent to the printer and running.</summary>
    Printing,
    Completed,
    Failed,

    /// <summary>Withdrawn before it ended (another job of the same dispatch failed, or the order was cancelled).</summary>
    Cancelled,
}

/// <summary>
/// One part printed on one printer. A dispatch makes a job per part of the order's quantity, spread over the printers
/// that finish them soonest; each printer prints its queue in order.
/// </summary>
public class PrintJob : ITracksModification
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string OrderNumber { get; set; } = "";

    public Guid AmCentreId { get; set; }

    public Guid PrinterId { get; set; }

    public Guid? MaterialId { get; set; }

    /// <summary>Which dispatch of the order made it: 1 for the first, 2 after a failure or a failed inspection.</summary>
    public int Dispatch { get; set; }

    /// <summary>The dispatching execution; a re-run of the same execution finds its jobs.</summary>
    public string ExecutionId { get; set; } = "";

    /// <summary>The part's index within the order's quantity, from 1.</summary>
    public int Part { get; set; }

    /// <summary>Position in its printer's queue (ordering only).</summary>
    public long QueuePosition { get; set; }

    public PrintJobStatus Status { get; set; }

    /// <summary>The file name on the controller.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Blob key of the G-code (or build file) sent.</summary>
    public string? FileKey { get; set; }

    public string? FileSha256 { get; set; }

    /// <summary>The slicer used (<c>PrusaSlicer 2.5.0</c>), or why none was (<c>not installed</c>, its error).</summary>
    public string? Slicer { get; set; }

    public double? SlicerEstimatedSeconds { get; set; }

    public double? SlicerFilamentGrams { get; set; }

    /// <summary>The geometric estimate the quote used, for comparison.</summary>
    public double? EstimatedSeconds { get; set; }

    public double? Progress { get; set; }

    public string? FailureReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>When it last changed (stamped at every save).</summary>
    public DateTimeOffset ModifiedAt { get; set; }

    public bool Ended => Status is PrintJobStatus.Completed or PrintJobStatus.Failed or PrintJobStatus.Cancelled;
}
