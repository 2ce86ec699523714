namespace Amsp.Host.Platform.Pipeline;

/// <summary>A page of a list: items, the total count and the page asked for.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>
/// Paging of every platform list: <c>page</c> from 1, <c>pageSize</c> from 1 to <see cref="MaxPageSize"/>
/// (default <see cref="DefaultPageSize"/>); anything else is a 400, never silently clamped.
/// </summary>
public readonly record struct Paging(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Number => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public void Validate(Validation v)
    {
        v.When(Page is < 1, "page", "must be 1 or more.");
        v.When(PageSize is < 1 or > MaxPageSize, "pageSize", $"must be from 1 to {MaxPageSize}.");
        // The offset is computed in 64 bits and must still fit the database's row offsets.
        v.When(Page is >= 1 && PageSize is >= 1 and <= MaxPageSize && ((long)Number - 1) * Size > int.MaxValue,
            "page", "is past any list this platform can hold.");
    }

    public int Skip => (int)(((long)Number - 1) * Size);
}

public static class PagingExtensions
{
    /// <summary>One page of an ordered query, with the total.</summary>
    public static async Task<Page<TOut>> PageAsync<TIn, TOut>(this IQueryable<TIn> ordered, Paging paging,
        Func<TIn, TOut> map, CancellationToken ct)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ordered, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            ordered.Skip(paging.Skip).Take(paging.Size), ct);
        return new Page<TOut>(items.Select(map).ToList(), total, paging.Number, paging.Size);
    }
}
