using System.Text.Json.Serialization;

namespace Amsp.Domain.Catalog;

/// <summary>The protocol the platform speaks to a printer's controller.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ControllerKind>))]
public enum ControllerKind
{
    OctoPrint,
    Moonraker,

    /// <summary>The platform's own simulator, speaking OctoPrint's REST API.</summary>
    Virtual,
}

/// <summary>A printer's state as the platform last saw it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PrinterState>))]
public enum PrinterState
{
    Operational,
    Printing,
    Paused,
    Offline,
    Error,
    Maintenance,
}

/// <summary>A machine of an AM centre.</summary>
public class Printer
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public Guid? SiteId { get; set; }

    public string Name { get; set; } = "";

    public ProcessCategory Process { get; set; }

    /// <summary>Build volume in mm.</summary>
    public BuildVolume BuildVolume { get; set; } = new();

    public Guid? LoadedMaterialId { get; set; }

    public string? LoadedColour { get; set; }

    public ControllerKind Controller { get; set; }

    /// <summary>The controller's base URL, e.g. <c>http://octopi.local</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The controller's API key, protected with ASP.NET Core Data Protection; never returned by the API.</summary>
    public string? ProtectedApiKey { get; set; }

    public PrinterState State { get; set; } = PrinterState.Operational;

    /// <summary>Machine rate per hour in the centre's price-list currency; overrides the price list's rate.</summary>
    public decimal? HourlyRate { get; set; }

    /// <summary>What the print-time estimator needs to know about this machine.</summary>
    public PrintTimeParameters TimeParameters { get; set; } = new();

    public bool Active { get; set; } = true;
}

/// <summary>A build volume in mm.</summary>
public class BuildVolume
{
    public decimal X { get; set; }

    public decimal Y { get; set; }

    public decimal Z { get; set; }
}
