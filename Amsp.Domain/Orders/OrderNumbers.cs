using Amsp.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Domain.Orders;

/// <summary>The next order number of a year.</summary>
public class OrderNumberCounter
{
    public int Year { get; set; }

    public int Next { get; set; }
}

/// <summary>
/// Hands out order numbers <c>AMSP-yyyy-nnnnnn</c>, consecutive per year: the year's counter row is incremented by one
/// UPDATE in the caller's transaction, which serializes concurrent submissions on every provider.
/// </summary>
public static class OrderNumbers
{
    public static async Task<string> NextAsync(AmspDbContext db, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.OrderNumberCounters.Where(c => c.Year == year).ExecuteUpdateAsync(c => c.SetProperty(x => x.Next, x => x.Next + 1), ct) == 0)
        {
            db.OrderNumberCounters.Add(new OrderNumberCounter { Year = year, Next = 2 });
            await db.SaveChangesAsync(ct);
            return Format(year, 1);
        }
        var next = await db.OrderNumberCounters.Where(c => c.Year == year).Select(c => c.Next).SingleAsync(ct);
        return Format(year, next - 1);
    }

    public static string Format(int year, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"AMSP-{year:D4}-{sequence:D6}");
}
