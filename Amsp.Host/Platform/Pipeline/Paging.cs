namespace Amsp.Host.Platform.Pipeline;

/// <summary>A page of a list: items, the total count and the page asked for.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>
/// Paging of every platform list, with the limits of the workflow lists (<see cref="Workflows.Paging"/>): <c>page</c>
/// from 1 to 1,000,000, <c>pageSize</c> from 1 to 500 (default <see cref="DefaultPageSize"/>); anything else is a 400
/// naming the field, never silently clamped. The offset is computed in 64 bits.
/// </summary>
public readonly record struct Paging(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPage = Workflows.Paging.MaxPage;
    public const int MaxPageSize = Workflows.Paging.MaxPageSize;

    public int Number => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public void Validate(Validation v)
    {
        v.When(Page is < 1 or > MaxPage, "page", $"must be a whole number from 1 to {MaxPage:N0}.");
        v.When(PageSize is < 1 or > MaxPageSize, "pageSize", $"must be a whole number from 1 to {MaxPageSize:N0}.");
    }

    public int Skip => checked((int)(((long)Number - 1) * Size));
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
