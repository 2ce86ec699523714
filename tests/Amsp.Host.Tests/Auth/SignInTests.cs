using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Auth;

public sealed class SignInTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    public static TheoryData<string> Roles => [.. AmspRoles.All];

    [Fact]
    public async Task An_api_call_without_credentials_is_401_problem_details()
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync("/api/auth/me");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_demo_user_signs_in_with_a_bearer_token_and_holds_its_role(string role)
    {
        var demo = DemoUsers.All.Single(u => u.Role == role);
        using var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = demo.Email, password = demo.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(demo.Email, me.GetProperty("email").GetString());
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_wrong_password_is_401_problem_details()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login",
            new { email = DemoUsers.All[0].Email, password = "not-the-password" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Wrong e-mail or password", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "whatever-password" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Wrong e-mail or password", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_validation_problem()
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "someone@example.com" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_problem()
    {
        using var client = host.CreateClient();
        using var body = new StringContent("{\"email\": ", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/auth/login", body);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_forged_bearer_token_is_401()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8forged");
        var response = await client.GetAsync("/api/auth/me");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_browser_signs_in_with_a_cookie_and_out_again()
    {
        var demo = DemoUsers.All.Single(u => u.Role == AmspRoles.Analyst);
        using var client = host.CreateClient(); // keeps cookies
        var login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = demo.Email, password = demo.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("amsp.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_buys_a_new_access_token_and_garbage_does_not()
    {
        var demo = DemoUsers.All.Single(u => u.Role == AmspRoles.Operator);
        using var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = demo.Email, password = demo.Password });
        var refreshToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));

        var garbage = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" });
        await garbage.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
