using Amsp.Host.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Amsp.Host.Tests.Infrastructure;

/// <summary>
/// The real host, in-process, on a fresh SQLite file in a temporary data directory (one per test class).
/// </summary>
public class AmspHostFixture : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("amsp-host-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting(AmspPaths.DataDirectoryKey, DataDirectory);
        // Printers are polled by the tests that print, when they choose; no host serves virtual printers unless asked.
        builder.UseSetting("Amsp:Printers:PollInterval", "00:00:00");
        builder.UseSetting("Amsp:VirtualPrinters:Serve", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file written while the host stopped (a checkpoint, a log) makes a first delete find the folder not empty.
            Directory.Delete(DataDirectory, recursive: true);
        }
        GC.SuppressFinalize(this);
    }
}
