using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Host.Auth;

namespace Amsp.Host.Tests.Infrastructure;

public static class SignedInClients
{
    /// <summary>A client carrying the bearer token of the demo user of <paramref name="role"/>.</summary>
    public static Task<HttpClient> CreateClientAsAsync(this AmspHostFixture host, string role) =>
        host.CreateClientAsAsync(DemoUsers.All.Single(u => u.Role == role));

    /// <summary>A client carrying the bearer token of a demo user.</summary>
    public static Task<HttpClient> CreateClientAsAsync(this AmspHostFixture host, DemoUsers.DemoUser demo) =>
        host.CreateClientAsAsync(demo.Email, demo.Password);

    /// <summary>A client carrying the bearer token of any user.</summary>
    public static async Task<HttpClient> CreateClientAsAsync(this AmspHostFixture host, string email, string password)
    {
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
