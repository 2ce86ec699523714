using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData.UriParser;

namespace Amsp.Host.Integration.OData;

/// <summary>
/// Loads what a page's <c>$expand</c> names, from the related sets' own scoped queries (so an AM centre expanding an
/// order's quotes sees its own quote, never a competitor's): one query per navigation and level, for the whole page.
/// </summary>
public sealed class FeedExpansion(FeedScope scope)
{
    public async Task LoadAsync<T>(IReadOnlyList<T> rows, SelectExpandClause? clause, CancellationToken ct) where T : class, IFeedRow
    {
        if (clause is null || rows.Count == 0)
        {
            return;
        }
        foreach (var item in clause.SelectedItems.OfType<ExpandedNavigationSelectItem>())
        {
            var name = ((NavigationPropertySegment)item.PathToNavigationProperty.LastSegment).NavigationProperty.Name;
            var nested = item.SelectAndExpand;
            var task = rows switch
            {
                IReadOnlyList<FeedOrder> orders => name switch
                {
                    nameof(FeedOrder.Lines) => ChildrenAsync(orders, scope.OrderLines(), o => o.Lines, nested, ct),
                    nameof(FeedOrder.Quotes) => ChildrenAsync(orders, scope.Quotes(), o => o.Quotes, nested, ct),
                    nameof(FeedOrder.PrintJobs) => ChildrenAsync(orders, scope.PrintJobs(), o => o.PrintJobs, nested, ct),
                    nameof(FeedOrder.Inspections) => ChildrenAsync(orders, scope.Inspections(), o => o.Inspections, nested, ct),
                    nameof(FeedOrder.Certificates) => ChildrenAsync(orders, scope.Certificates(), o => o.Certificates, nested, ct),
                    nameof(FeedOrder.Shipments) => ChildrenAsync(orders, scope.Shipments(), o => o.Shipments, nested, ct),
                    _ => throw new InvalidOperationException($"The feed's model has an order navigation {name} nothing loads."),
                },
                _ when name == nameof(IOrderPart.Order) => OrdersOfAsync(rows.Cast<IOrderPart>().ToList(), nested, ct),
                _ => throw new InvalidOperationException($"The feed's model has a navigation {typeof(T).Name}.{name} nothing loads."),
            };
            await task;
        }
    }

    private async Task ChildrenAsync<TChild>(IReadOnlyList<FeedOrder> orders, IQueryable<TChild> set, Func<FeedOrder, List<TChild>> list,
        SelectExpandClause? nested, CancellationToken ct) where TChild : class, IOrderPart
    {
        var children = await set.Where(In<TChild>(nameof(IOrderPart.OrderId), orders.Select(o => o.Id))).ToListAsync(ct);
        var byOrder = children.ToLookup(c => c.OrderId);
        foreach (var order in orders)
        {
            list(order).AddRange(byOrder[order.Id].OrderBy(c => c.Id));
        }
        await LoadAsync(children, nested, ct);
    }

    // An order the caller does not see (a centre's lost quote's order) stays null.
    private async Task OrdersOfAsync(IReadOnlyList<IOrderPart> parts, SelectExpandClause? nested, CancellationToken ct)
    {
        var orders = await scope.Orders().Where(In<FeedOrder>(nameof(FeedOrder.Id), parts.Select(p => p.OrderId))).ToListAsync(ct);
        var byId = orders.ToDictionary(o => o.Id);
        foreach (var part in parts)
        {
            part.Order = byId.GetValueOrDefault(part.OrderId);
        }
        await LoadAsync(orders, nested, ct);
    }

    private sealed record Ids(List<Guid> Values);

    // row => ids.Contains(row.Property), with the ids as a query parameter.
    private static Expression<Func<T, bool>> In<T>(string property, IEnumerable<Guid> ids)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var values = Expression.Property(Expression.Constant(new Ids(ids.Distinct().ToList())), nameof(Ids.Values));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], values, Expression.Property(row, property));
        return Expression.Lambda<Func<T, bool>>(contains, row);
    }
}
