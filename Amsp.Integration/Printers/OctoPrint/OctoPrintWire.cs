using System.Text.Json;

namespace Amsp.Integration.Printers.OctoPrint;

// The JSON shapes of OctoPrint's REST API (docs.octoprint.org/en/master/api/) that the connector reads and the virtual
// printer writes. Every field is nullable: OctoPrint sends nulls while idle and leaves fields out across versions.

internal sealed record OctoJobResponse(OctoJobInfo? Job, OctoProgress? Progress, string? State, string? Error);

internal sealed record OctoJobInfo(OctoFileRef? File, double? EstimatedPrintTime);

internal sealed record OctoFileRef(string? Name, string? Path, string? Origin, long? Size, long? Date);

internal sealed record OctoProgress(double? Completion, long? Filepos, double? PrintTime, double? PrintTimeLeft);

internal sealed record OctoPrinterResponse(OctoTemperatures? Temperature, OctoPrinterState? State);

internal sealed record OctoTemperatures(OctoTemperature? Tool0, OctoTemperature? Bed);

internal sealed record OctoTemperature(double? Actual, double? Target, double? Offset);

internal sealed record OctoPrinterState(string? Text, OctoStateFlags? Flags, string? Error);

internal sealed record OctoStateFlags(
    bool Operational, bool Paused, bool Printing, bool Pausing, bool Cancelling, bool SdReady, bool Error, bool Ready, bool ClosedOrError);

internal sealed record OctoUploadResponse(OctoUploadedFiles? Files, bool? Done, bool? EffectiveSelect, bool? EffectivePrint);

internal sealed record OctoUploadedFiles(OctoUploadedFile? Local);

internal sealed record OctoUploadedFile(string? Name, string? Path, string? Type, string? Origin, OctoFileRefs? Refs);

internal sealed record OctoFileRefs(string? Resource, string? Download);

internal sealed record OctoVersion(string Api, string Server, string Text);

/// <summary>GET /api/files/local/{path}: the file's print history tells a cancelled job from one never started.</summary>
internal sealed record OctoFileInfo(string? Name, OctoPrintHistory? Prints);

internal sealed record OctoPrintHistory(int? Success, int? Failure, OctoLastPrint? Last);

internal sealed record OctoLastPrint(bool? Success, double? Date, double? PrintTime);

internal sealed record OctoCommand(string? Command, string? Action);

internal static class OctoJson
{
    /// <summary>camelCase names as OctoPrint writes them; nulls kept, since OctoPrint sends them.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
