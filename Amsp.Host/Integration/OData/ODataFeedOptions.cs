using System.ComponentModel.DataAnnotations;

namespace Amsp.Host.Integration.OData;

/// <summary>The OData feed's limits (<c>Amsp:OData</c>): no query reads or returns without bound.</summary>
public sealed class ODataFeedOptions
{
    public const string Section = "Amsp:OData";

    /// <summary>Rows per response; a longer result ends with <c>@odata.nextLink</c>. Default 100.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>The largest <c>$top</c> accepted (paged by <see cref="PageSize"/> all the same). Default 10000.</summary>
    [Range(1, 1_000_000)]
    public int MaxTop { get; set; } = 10_000;

    /// <summary>The largest <c>$skip</c> accepted; past it, narrow the query (a period, a delta) instead. Default 100000.</summary>
    [Range(0, int.MaxValue)]
    public int MaxSkip { get; set; } = 100_000;

    /// <summary>How deep <c>$expand</c> may nest (<c>Orders?$expand=Quotes($expand=Order)</c> is 2). Default 2.</summary>
    [Range(1, 3)]
    public int MaxExpansionDepth { get; set; } = 2;

    /// <summary>The most nodes a <c>$filter</c> or <c>$expand</c> may parse into. Default 100.</summary>
    [Range(10, 1000)]
    public int MaxNodeCount { get; set; } = 100;

    /// <summary>The most properties in <c>$orderby</c>. Default 5.</summary>
    [Range(1, 20)]
    public int MaxOrderByNodeCount { get; set; } = 5;

    /// <summary>
    /// How far before the start of a request the delta watermark it returns lies (header <c>Amsp-Delta-Watermark</c>), so
    /// that a change being committed while the request ran comes in the next pull. Default 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DeltaMargin { get; set; } = TimeSpan.FromMinutes(1);
}
