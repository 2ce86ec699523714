using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Amsp.Host.Tests.Start;

/// <summary><c>/</c> for a browser and for everything else, with and without the app built into the web root.</summary>
public sealed class StartPageTests(StartPageTests.WithoutApp host) : IClassFixture<StartPageTests.WithoutApp>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /// <summary>The host with an empty web root of its own.</summary>
    public class WithoutApp : AmspHostFixture
    {
        public string WebRoot { get; } = Directory.CreateTempSubdirectory("amsp-webroot-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseWebRoot(WebRoot);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(WebRoot, recursive: true);
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>The host whose web root holds the built app.</summary>
    public sealed class WithApp : WithoutApp
    {
        public WithApp()
        {
            Directory.CreateDirectory(Path.Combine(WebRoot, "studio"));
            File.WriteAllText(Path.Combine(WebRoot, "studio", "index.html"), "<!doctype html><title>Studio</title>");
        }
    }

    private static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Fact]
    public async Task A_browser_gets_the_start_page_with_the_links_and_a_cookie_sign_in_form_while_no_app_is_built()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SendAsync(Get("/", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var link in new[] { "href=\"/api-docs\"", "href=\"/openapi/v1.json\"", "href=\"/health/ready\"" })
        {
            Assert.Contains(link, page, StringComparison.Ordinal);
        }
        Assert.Contains("/api/auth/login?useCookies=true", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_browser_gets_the_start_page_too_not_a_404()
    {
        var analyst = DemoUsers.All.Single(u => u.Role == AmspRoles.Analyst);
        using var client = host.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = analyst.Email, password = analyst.Password }))
            .EnsureSuccessStatusCode();

        var response = await client.SendAsync(Get("/", BrowserAccept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anything_but_a_browser_gets_a_json_pointer_to_the_api_documents()
    {
        using var client = host.CreateClient();
        var response = await client.SendAsync(Get("/", "*/*"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var home = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/openapi/v1.json", home.GetProperty("links").GetProperty("openApi").GetString());
        Assert.Equal("/api-docs", home.GetProperty("links").GetProperty("apiReference").GetString());
        Assert.Equal("POST /api/auth/login", home.GetProperty("signIn").GetString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(BrowserAccept)]
    public async Task An_api_call_without_credentials_is_still_401_problem_details_whatever_it_accepts(string accept)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SendAsync(Get("/api/workflow-definitions", accept));
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    public sealed class OnceTheAppIsBuilt(WithApp host) : IClassFixture<WithApp>
    {
        [Fact]
        public async Task A_browser_is_redirected_to_the_app()
        {
            using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var response = await client.SendAsync(Get("/", BrowserAccept));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/studio/", response.Headers.Location?.OriginalString);
        }

        [Fact]
        public async Task An_api_client_still_gets_the_json_pointer_and_a_401_on_the_api()
        {
            using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/", "application/json"))).StatusCode);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
    }
}
