using System.Diagnostics;
using System.Globalization;
using Amsp.Reporting.Exports;
using ReportingBench;

// The reporting benchmarks, on the library as the host calls it:
//   export-stream ROWS FILE     OrderExportWriter (streaming OpenXmlWriter) writes ROWS lines to FILE
//   export-closedxml ROWS FILE  the peer: ClosedXML 0.95.4 builds the same workbook in memory and saves it
//   certificate RENDERS ROWS    mean ms per CertificateRenderer.Render, and per PdfPig read-back (the peer)
// Run each export in its own process under /usr/bin/time -v (run.sh does) so its max RSS is its own.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 3 || args[0] is not ("export-stream" or "export-closedxml" or "certificate"))
{
    Console.Error.WriteLine("usage: export-stream ROWS FILE | export-closedxml ROWS FILE | certificate RENDERS ROWS");
    return 2;
}
var count = int.Parse(args[1], CultureInfo.InvariantCulture);

if (args[0] == "certificate")
{
    CertificateBench.Run(count, int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

var filter = new OrderExportFilter(null, null, null, null, null, "all organizations", new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
var clock = Stopwatch.StartNew();
await using (var file = new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
{
    if (args[0] == "export-stream")
        await OrderExportWriter.WriteAsync(file, SyntheticOrders.Rows(count), filter, CancellationToken.None);
    else
        await ClosedXmlExport.WriteAsync(file, SyntheticOrders.Rows(count), filter);
}
clock.Stop();
Console.WriteLine($"{args[0]}: {count} rows, {clock.Elapsed.TotalSeconds:0.00} s, {new FileInfo(args[2]).Length / 1024.0 / 1024:0.0} MiB file, " +
    $"managed peak after run {GC.GetTotalMemory(false) / 1024 / 1024} MiB, GC gen2 {GC.CollectionCount(2)}");
return 0;
