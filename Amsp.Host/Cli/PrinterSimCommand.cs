using System.CommandLine;
using System.Security.Cryptography;
using Amsp.Integration.Printers.Virtual;

namespace Amsp.Host.Cli;

/// <summary>
/// <c>amsp printer-sim --port N --speed 600 [--count 3] [--api-key K]</c>: virtual printers speaking OctoPrint's REST API
/// on 127.0.0.1, for development and demos. Prints each printer's base URL, serves until Ctrl+C.
/// </summary>
internal static class PrinterSimCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 picks a free one).", Required = true };
        var speed = new Option<double>("--speed") { Description = "Times faster than the G-code's estimate (600: an hour in 6 s).", DefaultValueFactory = _ => 1 };
        var count = new Option<int>("--count") { Description = "Printers virtual-1..N (1..100).", DefaultValueFactory = _ => 3 };
        var apiKey = new Option<string?>("--api-key") { Description = "Their API key (X-Api-Key); a random one is made and printed when left out." };
        var command = new Command("printer-sim", "Run virtual printers that speak OctoPrint's REST API, on loopback.") { port, speed, count, apiKey };
        command.SetAction((parseResult, ct) => CliErrors.GuardAsync(parseResult, async () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var key = parseResult.GetValue(apiKey);
            if (key is null)
            {
                key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                await output.WriteLineAsync($"api key: {key}");
            }
            else if (key.Length == 0)
            {
                throw new ArgumentException("--api-key must not be empty.");
            }
            await VirtualPrinterServer.RunAsync(parseResult.GetValue(port), parseResult.GetValue(speed), parseResult.GetValue(count), key, ct, output);
            return 0;
        }));
        return command;
    }
}
