using System.Runtime.CompilerServices;
using Amsp.Reporting.Exports;

namespace ReportingBench;

/// <summary>Order lines made up on the fly, as a database cursor would hand them over: never a list.</summary>
internal static class SyntheticOrders
{
    private static readonly string[] Statuses = ["Quoted", "Approved", "Printing", "Inspected", "Delivered"];
    private static readonly string[] Materials = ["PA12", "PLA", "PETG", "Ti6Al4V", "316L"];
    private static readonly string[] Processes = ["PBF-P", "MEX", "MEX", "PBF-LB/M", "PBF-LB/M"];

    public static async IAsyncEnumerable<OrderExportRow> Rows(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            // A database reader completes most reads synchronously and yields now and then.
            if (i % 1000 == 0)
                await Task.Yield();
            var kind = i % 5;
            var quantity = 1 + i % 40;
            var unit = 4.5m + i % 97 * 1.25m;
            yield return new OrderExportRow(
                $"ORD-2026-{i / 3:000000}", i % 3 + 1, start.AddMinutes(i * 3), Statuses[kind], $"Customer {i % 250} GmbH",
                kind == 0 ? null : $"AM centre {i % 7}", $"Bracket type {i % 1000} rev {i % 4}", Materials[kind], Processes[kind],
                quantity, unit, unit * quantity, i % 4 == 0 ? "USD" : "EUR",
                DateOnly.FromDateTime(start.AddDays(14 + i / 500).UtcDateTime), kind == 4 ? start.AddMinutes(i * 3).AddDays(9) : null);
        }
    }
}
