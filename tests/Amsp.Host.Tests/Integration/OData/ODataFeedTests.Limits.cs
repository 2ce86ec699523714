using System.Net;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.OData;

/// <summary>No query scans or returns without bound: each limit answers 400 problem details saying what it is, never 500.</summary>
public sealed partial class ODataFeedTests
{
    [Theory]
    [InlineData("/odata/Orders?$top=10001", "10000")]
    [InlineData("/odata/Orders?$skip=100001", "100000")]
    [InlineData("/odata/Orders?$expand=Quotes($expand=Order($expand=Lines))", "2")]
    [InlineData("/odata/Orders?$orderby=Number,Status,Title,Quantity,CreatedAt,ModifiedAt", "5")]
    [InlineData("/odata/Orders?$filter=Lines/any(l: l.Quantity gt 1)", "any")]
    [InlineData("/odata/Orders?$filter=year(CreatedAt) eq 2026", "year")]
    [InlineData("/odata/Orders?$apply=groupby((Status))", "apply")]
    [InlineData("/odata/Orders?$search=bracket", "search")]
    [InlineData("/odata/Orders?$filter=Number eq", "syntax")]
    [InlineData("/odata/Orders?$filter=Nonsense eq 1", "Nonsense")]
    [InlineData("/odata/Orders?$top=many", "many")]
    public async Task A_query_past_a_limit_or_malformed_is_a_400_problem(string url, string mentioned)
    {
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        using var response = await acme.GetAsync(url);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("limits", detail, StringComparison.Ordinal);
        if (mentioned != "syntax")
        {
            Assert.Contains(mentioned, detail, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_filter_of_too_many_nodes_is_refused_before_it_reaches_the_database()
    {
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        var filter = string.Join(" or ", Enumerable.Range(1, 60).Select(n => $"Quantity eq {n}"));
        using var response = await acme.GetAsync($"/odata/Orders?$filter={Uri.EscapeDataString(filter)}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("node count", problem.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
        // Below the limit the same kind of filter runs.
        var fine = string.Join(" or ", Enumerable.Range(1, 10).Select(n => $"Quantity eq {n}"));
        Assert.Equal(HttpStatusCode.OK, (await acme.GetAsync($"/odata/Orders?$filter={Uri.EscapeDataString(fine)}")).StatusCode);
    }

    [Fact]
    public async Task Decimal_amounts_filter_where_the_database_can_and_are_a_400_where_it_cannot()
    {
        await world.DataAsync();
        using var acme = await world.CreateClientAsAsync(AmspRoles.Customer);
        using var response = await acme.GetAsync("/odata/Quotes?$filter=Total gt 0&$orderby=Total");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.NotEmpty(Rows(await response.OkJsonAsync()));
        }
        else
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("decimal", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        }
    }
}
