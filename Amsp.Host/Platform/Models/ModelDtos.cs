using System.Text.Json;
using Amsp.Domain.Catalog;
using Amsp.Domain.Models;

namespace Amsp.Host.Platform.Models;

public sealed record SizeDto(double X, double Y, double Z);

public sealed record ModelDto(Guid Id, Guid OrganizationId, string OriginalName, string Format, long SizeBytes, string Sha256,
    Guid? ParentId, ModelOrigin Origin, Guid? DesignRequestId, SizeDto Size, string UnitsGuess, DateTimeOffset CreatedAt)
{
    public static ModelDto From(PartModel m) => new(m.Id, m.OrganizationId, m.OriginalName, m.Format, m.SizeBytes, m.Sha256,
        m.ParentId, m.Origin, m.DesignRequestId, new SizeDto(m.SizeX, m.SizeY, m.SizeZ), m.UnitsGuess, m.CreatedAt);
}

/// <summary>Whether the part fits a printer, as modelled (in mm), and turned how.</summary>
public sealed record PrinterFitDto(Guid PrinterId, string PrinterName, Guid AmCentreId, string AmCentreName, ProcessCategory Process,
    bool Fits, Orientation? Orientation);

/// <summary>A model with its analysis: the mesh check report and, for every active printer, whether it fits.</summary>
public sealed record ModelDetailDto(ModelDto Model, JsonElement Check, IReadOnlyList<PrinterFitDto> Printers);

/// <summary>The answer to an upload: the analysed model, and whether the organization had the same file already.</summary>
public sealed record UploadedModelDto(ModelDto Model, JsonElement Check, IReadOnlyList<PrinterFitDto> Printers, bool Duplicate);
