using System.Net;
using System.Text.RegularExpressions;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Amsp.Host.Tests.Studio;

/// <summary>The browser app, which building the host builds, served at /studio/ to anyone (its data comes from the API).</summary>
public sealed partial class StudioHostingTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private HttpClient Anonymous() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/studio/")]
    [InlineData("/studio/sign-in")]
    [InlineData("/studio/designer/design-review")]
    public async Task Every_page_of_the_app_is_its_index_revalidated_on_each_load(string path)
    {
        using var client = Anonymous();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_good_and_a_missing_one_is_404()
    {
        using var client = Anonymous();
        var index = await client.GetStringAsync("/studio/");
        var script = ScriptTag().Match(index);
        Assert.True(script.Success, "index.html names no script under /studio/assets/");

        var asset = await client.GetAsync(script.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.True(asset.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        await (await client.GetAsync("/studio/assets/index-00000000.js")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_bare_path_redirects_to_the_app()
    {
        using var client = Anonymous();
        var response = await client.GetAsync("/studio");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/studio/", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("src=\"(/studio/assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptTag();
}
