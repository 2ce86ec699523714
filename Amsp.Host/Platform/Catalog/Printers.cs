using Amsp.Domain.Catalog;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Access;
using Amsp.Host.Platform.Pipeline;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Platform.Catalog;

public sealed record BuildVolumeDto(decimal X, decimal Y, decimal Z);

/// <summary>A printer's data. <c>apiKey</c> is write-only: null keeps the stored key, an empty string removes it.</summary>
public sealed record PrinterInput(string? Name, ProcessCategory? Process, BuildVolumeDto? BuildVolume, Guid? SiteId,
    Guid? LoadedMaterialId, string? LoadedColour, ControllerKind? Controller, string? BaseUrl, string? ApiKey,
    PrinterState? State, decimal? HourlyRate, PrintTimeParameters? TimeParameters, bool? Active)
{
    public void Validate(Validation v)
    {
        v.Text(Name, "name", 200).When(Process is null, "process", "is required (MEX, VPP, PBF-P, PBF-LB/M, MJT, BJT, SHL or DED).");
        v.When(BuildVolume is null || BuildVolume.X is not (> 0 and <= 10_000) || BuildVolume.Y is not (> 0 and <= 10_000)
            || BuildVolume.Z is not (> 0 and <= 10_000), "buildVolume", "must give x, y and z in mm, each above 0 and at most 10,000.");
        v.When(Controller is null, "controller", "is required (OctoPrint, Moonraker or Virtual).");
        var needsUrl = Controller is ControllerKind.OctoPrint or ControllerKind.Moonraker;
        v.When(needsUrl && !(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
            "baseUrl", "must be the controller's http or https URL.");
        v.When(Controller is ControllerKind.Virtual && !string.IsNullOrEmpty(BaseUrl) && !BaseUrl.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'),
            "baseUrl", "of a virtual printer is its name (letters, digits, '-' and '_'), e.g. mex-1.");
        v.Text(LoadedColour, "loadedColour", 64, required: false).Text(ApiKey, "apiKey", 500, required: false);
        v.NotNegative(HourlyRate, "hourlyRate");
    }
}

public sealed record PrinterDto(Guid Id, Guid OrganizationId, string Name, ProcessCategory Process, BuildVolumeDto BuildVolume, Guid? SiteId,
    Guid? LoadedMaterialId, string? LoadedColour, ControllerKind Controller, string? BaseUrl, bool HasApiKey, PrinterState State,
    decimal? HourlyRate, PrintTimeParameters TimeParameters, bool Active)
{
    public static PrinterDto From(Printer p) => new(p.Id, p.OrganizationId, p.Name, p.Process,
        new BuildVolumeDto(p.BuildVolume.X, p.BuildVolume.Y, p.BuildVolume.Z), p.SiteId, p.LoadedMaterialId, p.LoadedColour,
        p.Controller, p.BaseUrl, p.ProtectedApiKey is not null, p.State, p.HourlyRate, p.TimeParameters, p.Active);
}

[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record ListPrinters(Guid OrganizationId) : IQuery<IReadOnlyList<PrinterDto>>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record CreatePrinter(Guid OrganizationId, PrinterInput Input) : ICommand<PrinterDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Organization, OrganizationId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer, AmspRoles.QualityInspector, AmspRoles.Operator)]
public sealed record GetPrinter(Guid PrinterId) : IQuery<PrinterDto>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Printer, PrinterId)];
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record UpdatePrinter(Guid PrinterId, PrinterInput Input) : ICommand<PrinterDto>, IScopedRequest, IValidated
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Printer, PrinterId)];

    public void Validate(Validation validation) => Input.Validate(validation);
}

[AllowedRoles(AmspRoles.Manufacturer)]
public sealed record DeletePrinter(Guid PrinterId) : ICommand<bool>, IScopedRequest
{
    public IEnumerable<ResourceRef> Resources => [new(ResourceKind.Printer, PrinterId)];
}

public sealed class PrinterHandlers(AmspDbContext db, TimeProvider time, IDataProtectionProvider protection)
    : IQueryHandler<ListPrinters, IReadOnlyList<PrinterDto>>, ICommandHandler<CreatePrinter, PrinterDto>,
      IQueryHandler<GetPrinter, PrinterDto>, ICommandHandler<UpdatePrinter, PrinterDto>, ICommandHandler<DeletePrinter, bool>
{
    /// <summary>The data-protection purpose of printers' API keys.</summary>
    public const string ApiKeyPurpose = "Amsp.Printers.ApiKey";

    public async ValueTask<IReadOnlyList<PrinterDto>> Handle(ListPrinters query, CancellationToken cancellationToken) =>
        (await db.Printers.AsNoTracking().Where(p => p.OrganizationId == query.OrganizationId).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken)).Select(PrinterDto.From).ToList();

    public async ValueTask<PrinterDto> Handle(CreatePrinter command, CancellationToken cancellationToken)
    {
        await AmCentres.RequireAsync(db, command.OrganizationId, cancellationToken);
        var printer = new Printer { Id = Guid.CreateVersion7(time.GetUtcNow()), OrganizationId = command.OrganizationId };
        await ApplyAsync(printer, command.Input, cancellationToken);
        db.Printers.Add(printer);
        return PrinterDto.From(printer);
    }

    public async ValueTask<PrinterDto> Handle(GetPrinter query, CancellationToken cancellationToken) =>
        PrinterDto.From(await db.Printers.AsNoTracking().SingleAsync(p => p.Id == query.PrinterId, cancellationToken));

    public async ValueTask<PrinterDto> Handle(UpdatePrinter command, CancellationToken cancellationToken)
    {
        var printer = await db.Printers.SingleAsync(p => p.Id == command.PrinterId, cancellationToken);
        await ApplyAsync(printer, command.Input, cancellationToken);
        return PrinterDto.From(printer);
    }

    public async ValueTask<bool> Handle(DeletePrinter command, CancellationToken cancellationToken)
    {
        db.Printers.Remove(await db.Printers.SingleAsync(p => p.Id == command.PrinterId, cancellationToken));
        return true;
    }

    private async Task ApplyAsync(Printer printer, PrinterInput input, CancellationToken ct)
    {
        var errors = new Validation();
        if (input.SiteId is { } site)
        {
            errors.When(!await db.Sites.AnyAsync(s => s.Id == site && s.OrganizationId == printer.OrganizationId, ct),
                "siteId", "must be a site of the same AM centre.");
        }
        if (input.LoadedMaterialId is { } materialId)
        {
            var material = await db.Materials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.OrganizationId == printer.OrganizationId, ct);
            errors.When(material is null, "loadedMaterialId", "must be a material of the same AM centre.");
            errors.When(material is not null && material.Process != input.Process, "loadedMaterialId", "must be a material of the printer's process.");
            errors.When(material is not null && input.LoadedColour is { } colour && !material.Colours.Contains(colour, StringComparer.OrdinalIgnoreCase),
                "loadedColour", $"must be one of the material's colours ({string.Join(", ", material?.Colours ?? [])}).");
        }
        if (!errors.IsValid)
        {
            throw new RequestValidationException(errors.Errors);
        }
        printer.Name = input.Name!.Trim();
        printer.Process = input.Process!.Value;
        printer.BuildVolume = new BuildVolume { X = input.BuildVolume!.X, Y = input.BuildVolume.Y, Z = input.BuildVolume.Z };
        printer.SiteId = input.SiteId;
        printer.LoadedMaterialId = input.LoadedMaterialId;
        printer.LoadedColour = input.LoadedMaterialId is null ? null : input.LoadedColour?.Trim();
        printer.Controller = input.Controller!.Value;
        printer.BaseUrl = string.IsNullOrWhiteSpace(input.BaseUrl) ? null : input.BaseUrl.Trim();
        if (input.ApiKey is not null)
        {
            printer.ProtectedApiKey = input.ApiKey.Length == 0 ? null : protection.CreateProtector(ApiKeyPurpose).Protect(input.ApiKey);
        }
        printer.State = input.State ?? printer.State;
        printer.HourlyRate = input.HourlyRate;
        printer.TimeParameters = input.TimeParameters ?? new PrintTimeParameters();
        printer.Active = input.Active ?? true;
    }
}
