using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.Machine;

/// <summary>What an ERP does over HTTP: get a client from a person of its organization, then a token with its secret.</summary>
public static class MachineClients
{
    public sealed record Credentials(Guid Id, string ClientId, string Secret);

    public static async Task<Credentials> CreateMachineClientAsync(this HttpClient person, Guid organization, params string[] scopes)
    {
        var created = await person.PostJsonAsync($"/api/organizations/{organization}/machine-clients",
            new { displayName = "ERP", scopes }, HttpStatusCode.Created);
        var client = created.GetProperty("client");
        return new(client.Id(), client.GetProperty("clientId").GetString()!, created.GetProperty("clientSecret").GetString()!);
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(this HttpClient anonymous, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        return await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>A client carrying a fresh access token of the machine client.</summary>
    public static async Task<HttpClient> CreateMachineHttpClientAsync(this AmspHostFixture host, Credentials credentials)
    {
        var client = host.CreateClient();
        using var response = await client.RequestTokenAsync(credentials.ClientId, credentials.Secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A machine client of the organization, made by its demo person of <paramref name="role"/>, signed in with a token.</summary>
    public static async Task<HttpClient> CreateMachineAsync(this AmspHostFixture host, string role, Guid organization, params string[] scopes)
    {
        using var person = await host.CreateClientAsAsync(role);
        return await host.CreateMachineHttpClientAsync(await person.CreateMachineClientAsync(organization, scopes));
    }

    public static Task<HttpClient> CreateAcmeMachineAsync(this AmspHostFixture host, params string[] scopes) =>
        host.CreateMachineAsync(AmspRoles.Customer, Amsp.Host.Platform.Demo.DemoData.AcmeId, scopes);

    /// <summary>A POST of the ERP API with its idempotency key.</summary>
    public static async Task<HttpResponseMessage> PostErpAsync(this HttpClient client, string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await client.SendAsync(request);
    }
}
