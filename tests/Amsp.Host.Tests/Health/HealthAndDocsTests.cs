using System.Net;
using System.Text.Json;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Health;

public sealed class HealthAndDocsTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_anonymous_callers(string path)
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_is_public_and_describes_login_and_bearer_auth()
    {
        using var client = host.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/auth/login", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_api_reference_page_is_public()
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/api-docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
