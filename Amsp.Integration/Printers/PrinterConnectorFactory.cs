using Amsp.Integration.Printers.OctoPrint;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Integration.Printers;

/// <summary>The connector for a printer's controller kind, as stored with the printer.</summary>
public interface IPrinterConnectorFactory
{
    /// <summary>"OctoPrint" and "Virtual" (the virtual printer speaks OctoPrint's API); case-insensitive.</summary>
    /// <exception cref="PrinterException">Protocol, for a kind that has no connector.</exception>
    IPrinterConnector GetConnector(string controllerKind);
}

internal sealed class PrinterConnectorFactory(IServiceProvider services) : IPrinterConnectorFactory
{
    public IPrinterConnector GetConnector(string controllerKind) => controllerKind?.Trim().ToUpperInvariant() switch
    {
        "OCTOPRINT" or "VIRTUAL" => services.GetRequiredService<OctoPrintConnector>(),
        "MOONRAKER" => throw new PrinterException(PrinterFailure.Protocol, "Moonraker is not supported yet"),
        _ => throw new PrinterException(PrinterFailure.Protocol, $"Unknown printer controller kind '{controllerKind}'; known: OctoPrint, Virtual."),
    };
}
