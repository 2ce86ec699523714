using System.Linq.Expressions;
using Amsp.Host.Hosting;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Amsp.Host.Integration.OData;

/// <summary>
/// Runs an OData query over an entity set the caller may see, in two steps: <c>$filter</c>, <c>$orderby</c>,
/// <c>$count</c>, <c>$skip</c> and <c>$top</c> become one database query for one page (at most the page size, then
/// <c>@odata.nextLink</c>); <c>$expand</c> loads the page's related rows from their own scoped sets, and <c>$select</c>
/// shapes the page in memory. A query the limits refuse, or one that does not parse, is a 400 problem.
/// </summary>
public sealed partial class FeedQuery(IOptions<ODataFeedOptions> options, FeedExpansion expansion, TimeProvider time, ILogger<FeedQuery> logger)
{
    public const string WatermarkHeader = "Amsp-Delta-Watermark";

    private const AllowedQueryOptions ShapeOnly = AllowedQueryOptions.Select | AllowedQueryOptions.Expand;

    private ODataFeedOptions Limits => options.Value;

    public async Task<object> ListAsync<T>(HttpContext http, string set, IQueryable<T> rows, CancellationToken ct) where T : class, IFeedRow
    {
        var query = Parse<T>(http, set, ShapeOnly | AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy
            | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Count);
        var pageSize = PageSize(http);
        var page = await RunAsync(async () =>
        {
            var filtered = query.Filter is null ? rows : (IQueryable<T>)query.Filter.ApplyTo(rows, DatabaseSettings);
            if (query.Count?.Value == true)
            {
                http.ODataFeature().TotalCount = await filtered.LongCountAsync(ct);
            }
            var ordered = query.OrderBy is null ? filtered.OrderBy(Property<T, Guid>("Id"))
                : ((IOrderedQueryable<T>)query.OrderBy.ApplyTo(filtered, DatabaseSettings)).ThenBy(Property<T, Guid>("Id"));
            var skip = query.Skip?.Value ?? 0;
            var top = query.Top?.Value;
            var found = await ordered.Skip(skip).Take(top is { } t ? Math.Min(t, pageSize + 1) : pageSize + 1).ToListAsync(ct);
            if (found.Count > pageSize)
            {
                found.RemoveAt(pageSize);
                http.ODataFeature().NextLink = NextLink(http.Request, skip + pageSize, top - pageSize);
            }
            await expansion.LoadAsync(found, query.SelectExpand?.SelectExpandClause, ct);
            return found;
        });
        return query.SelectExpand is null ? page : query.ApplyTo(page.AsQueryable(), MemorySettings, AllowedQueryOptions.All & ~ShapeOnly);
    }

    public async Task<object> FindAsync<T>(HttpContext http, string set, IQueryable<T> rows, Guid key, CancellationToken ct) where T : class, IFeedRow
    {
        var query = Parse<T>(http, set, ShapeOnly);
        var row = await RunAsync(async () =>
        {
            var id = Expression.Parameter(typeof(T), "row");
            var match = Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(id, "Id"), Expression.Constant(key)), id);
            var found = await rows.Where(match).SingleOrDefaultAsync(ct);
            if (found is not null)
            {
                await expansion.LoadAsync([found], query.SelectExpand?.SelectExpandClause, ct);
            }
            return found;
        }) ?? throw ApiProblemException.NotFound($"{set}({key}) does not exist.");
        return query.SelectExpand is null ? row : query.ApplyTo(row, MemorySettings, AllowedQueryOptions.All & ~ShapeOnly);
    }

    // A client may ask for smaller pages (Prefer: odata.maxpagesize=50), never larger ones.
    private int PageSize(HttpContext http)
    {
        var asked = http.Request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries))
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[0].Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.TryParse(p[1], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null)
            .FirstOrDefault(n => n is not null);
        if (asked is not { } size || size >= Limits.PageSize)
        {
            return Limits.PageSize;
        }
        http.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={size}";
        return size;
    }

    private static ODataQuerySettings DatabaseSettings => new() { HandleNullPropagation = HandleNullPropagationOption.False };

    private static ODataQuerySettings MemorySettings => new() { HandleNullPropagation = HandleNullPropagationOption.True };

    private ODataQueryOptions<T> Parse<T>(HttpContext http, string set, AllowedQueryOptions allowed)
    {
        var metadata = http.GetEndpoint()?.Metadata.GetMetadata<ODataMiniMetadata>()
            ?? throw new InvalidOperationException("The OData feed's endpoints carry their model (WithODataModel).");
        http.ODataFeature().Services = metadata.ServiceProvider;
        var path = new ODataPath(new EntitySetSegment(metadata.Model.EntityContainer.FindEntitySet(set)));
        http.ODataFeature().Path = path;
        // The watermark is read before the query runs: a later pull from it misses nothing this one did not see.
        http.Response.Headers[WatermarkHeader] = (time.GetUtcNow() - Limits.DeltaMargin).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            var query = new ODataQueryOptions<T>(new ODataQueryContext(metadata.Model, typeof(T), path), http.Request);
            query.Validate(Validation(allowed));
            return query;
        }
        catch (ODataException e)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Query not accepted", $"{e.Message} {LimitsSentence}");
        }
    }

    private ODataValidationSettings Validation(AllowedQueryOptions allowed) => new()
    {
        AllowedQueryOptions = allowed,
        // String functions run on every database; date functions do not on times stored as ticks, and any/all over
        // related sets would join without bound: filter the related set itself instead.
        AllowedFunctions = AllowedFunctions.AllStringFunctions & ~AllowedFunctions.MatchesPattern,
        MaxTop = Limits.MaxTop,
        MaxSkip = Limits.MaxSkip,
        MaxExpansionDepth = Limits.MaxExpansionDepth,
        MaxNodeCount = Limits.MaxNodeCount,
        MaxOrderByNodeCount = Limits.MaxOrderByNodeCount,
        MaxAnyAllExpressionDepth = 1,
    };

    private string LimitsSentence =>
        $"The feed's limits: {Limits.PageSize} rows per page, $top up to {Limits.MaxTop}, $skip up to {Limits.MaxSkip}, $expand {Limits.MaxExpansionDepth} levels deep, "
        + $"{Limits.MaxNodeCount} nodes in a $filter or $expand, {Limits.MaxOrderByNodeCount} properties in $orderby; string functions only, no any/all.";

    // A filter or order the database cannot run (SQLite compares no decimal amounts, say) is the query's fault, not the server's.
    private async Task<TResult> RunAsync<TResult>(Func<Task<TResult>> run)
    {
        try
        {
            return await run();
        }
        catch (InvalidOperationException e) when (e.Message.Contains("could not be translated", StringComparison.Ordinal)
            || e.Message.Contains("SQLite", StringComparison.Ordinal))
        {
            LogUntranslatable(logger, e);
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Query not accepted",
                "The database cannot run this $filter or $orderby (on SQLite, decimal amounts neither compare nor sort); filter or sort on other properties. "
                + LimitsSentence);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An OData query the database cannot run")]
    private static partial void LogUntranslatable(ILogger logger, Exception exception);

    private static Uri NextLink(HttpRequest request, int skip, int? top)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !q.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("$top", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))));
        query.Add("$skip", skip.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (top is { } t)
        {
            query.Add("$top", t.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString()));
    }

    internal static Expression<Func<T, TValue>> Property<T, TValue>(string name)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, TValue>>(Expression.Property(row, name), row);
    }
}
