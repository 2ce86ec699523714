using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Host.Auth;

namespace Amsp.Host.Tests.Infrastructure;

public static class SignedInClients
{
    /// <summary>A client carrying the bearer token of the demo user of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> CreateClientAsAsync(this AmspHostFixture host, string role)
    {
        var demo = DemoUsers.All.Single(u => u.Role == role);
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = demo.Email, password = demo.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
