using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.Machine;

/// <summary>
/// OAuth 2.0 client credentials for ERP systems: a client per organization made by its people, a token for its secret,
/// and that token counting only on the ERP surface, only for its scopes and its organization.
/// </summary>
public sealed class MachineClientTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task A_client_gets_an_hour_long_token_for_its_secret_which_is_shown_only_once()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var credentials = await acme.CreateMachineClientAsync(DemoData.AcmeId, "orders.read", "orders.write");
        Assert.StartsWith("erp_", credentials.ClientId, StringComparison.Ordinal);
        Assert.True(credentials.Secret.Length >= 40);

        var listed = await acme.GetJsonAsync($"/api/organizations/{DemoData.AcmeId}/machine-clients");
        var raw = listed.GetRawText();
        Assert.Contains(credentials.ClientId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(credentials.Secret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("secret\"", raw.Replace("secretIssuedAt\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        using var anonymous = host.CreateClient();
        using var issued = await anonymous.RequestTokenAsync(credentials.ClientId, credentials.Secret);
        var token = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        // expires_in is the whole seconds left when the answer is written: an hour, or a second less.
        Assert.InRange(token.GetProperty("expires_in").GetInt32(), 3599, 3600);

        // A token asked for a narrower scope has only that one: it reads, it does not write.
        var number = (await acme.OrderSampleAsync("bracket.stl")).Number();
        using var narrower = await anonymous.RequestTokenAsync(credentials.ClientId, credentials.Secret, "orders.read");
        using var reader = host.CreateClient();
        reader.DefaultRequestHeaders.Authorization = new("Bearer", (await narrower.OkJsonAsync()).GetProperty("access_token").GetString());
        await reader.GetJsonAsync($"/api/erp/orders/{number}");
        using var write = await reader.PostErpAsync($"/api/erp/orders/{number}/confirmations", new { step = "order", confirmed = true }, "k");
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        using var wider = await anonymous.RequestTokenAsync(credentials.ClientId, credentials.Secret, "events.replay");
        Assert.False((await wider.OkJsonAsync(HttpStatusCode.BadRequest)).TryGetProperty("access_token", out _));
        using var wrong = await anonymous.RequestTokenAsync(credentials.ClientId, credentials.Secret + "x");
        Assert.Equal("invalid_client", (await wrong.OkJsonAsync(HttpStatusCode.Unauthorized)).GetProperty("error").GetString());
        using var password = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = credentials.ClientId, ["client_secret"] = credentials.Secret, ["username"] = "a", ["password"] = "b",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
    }

    [Fact]
    public async Task A_client_of_one_organization_reads_its_orders_not_another_s_and_needs_the_scope()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        var own = await acme.OrderSampleAsync("bracket.stl");
        var other = await globex.OrderSampleAsync("phone_stand.stl");

        using var reader = await host.CreateAcmeMachineAsync("orders.read");
        Assert.Equal(own.Number(), (await reader.GetJsonAsync($"/api/erp/orders/{own.Number()}")).Number());
        using var notFound = await reader.GetAsync($"/api/erp/orders/{other.Number()}");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);

        // orders.read does not confirm: 403 with problem details, before anything is looked at.
        using var forbidden = await reader.PostErpAsync($"/api/erp/orders/{own.Number()}/confirmations", new { step = "order", confirmed = true }, "k1");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);

        // A writer of Acme reaching Globex's order is told it does not exist.
        using var writer = await host.CreateAcmeMachineAsync("orders.write");
        using var elsewhere = await writer.PostErpAsync($"/api/erp/orders/{other.Number()}/confirmations", new { step = "order", confirmed = true }, "k2");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_machine_token_counts_nowhere_but_on_the_ERP_surface()
    {
        using var machine = await host.CreateAcmeMachineAsync("orders.read", "orders.write");
        foreach (var path in new[] { "/api/orders", "/api/models", "/api/requirements", "/api/auth/me", $"/api/organizations/{DemoData.AcmeId}/machine-clients" })
        {
            using var response = await machine.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {(int)response.StatusCode}");
        }
        using var ownOrders = await machine.PostErpAsync($"/api/organizations/{DemoData.AcmeId}/machine-clients", new { displayName = "x", scopes = new[] { "orders.read" } }, null);
        Assert.Equal(HttpStatusCode.Unauthorized, ownOrders.StatusCode);
    }

    [Fact]
    public async Task Rotating_the_secret_or_deleting_the_client_stops_its_tokens_at_once()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var number = (await acme.OrderSampleAsync("bracket.stl")).Number();
        var credentials = await acme.CreateMachineClientAsync(DemoData.AcmeId, "orders.read");
        using var before = await host.CreateMachineHttpClientAsync(credentials);
        await before.GetJsonAsync($"/api/erp/orders/{number}");

        var rotated = await acme.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/machine-clients/{credentials.Id}/rotate-secret", new { });
        var secret = rotated.GetProperty("clientSecret").GetString()!;
        Assert.NotEqual(credentials.Secret, secret);
        using var stale = await before.GetAsync($"/api/erp/orders/{number}");
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        using var anonymous = host.CreateClient();
        using var old = await anonymous.RequestTokenAsync(credentials.ClientId, credentials.Secret);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);

        using var after = await host.CreateMachineHttpClientAsync(credentials with { Secret = secret });
        await after.GetJsonAsync($"/api/erp/orders/{number}");
        using var deleted = await acme.DeleteAsync($"/api/organizations/{DemoData.AcmeId}/machine-clients/{credentials.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var revoked = await after.GetAsync($"/api/erp/orders/{number}");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        using var gone = await anonymous.RequestTokenAsync(credentials.ClientId, secret);
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);
    }

    [Fact]
    public async Task Only_the_organization_s_own_people_with_the_role_of_its_kind_manage_its_clients()
    {
        using var centre = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var made = await centre.CreateMachineClientAsync(DemoData.CentreId, "orders.read");
        using var machine = await host.CreateMachineHttpClientAsync(made);

        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var intoCentre = await acme.GetAsync($"/api/organizations/{DemoData.CentreId}/machine-clients");
        Assert.Equal(HttpStatusCode.NotFound, intoCentre.StatusCode);
        using var inspector = await host.CreateClientAsAsync(AmspRoles.QualityInspector);
        using var notAllowed = await inspector.GetAsync($"/api/organizations/{DemoData.CentreId}/machine-clients");
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        using var invalid = await centre.PostAsync($"/api/organizations/{DemoData.CentreId}/machine-clients",
            System.Net.Http.Json.JsonContent.Create(new { displayName = "", scopes = new[] { "orders.delete" } }));
        var problem = await invalid.OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["displayName", "scopes"], problem.ErrorFields().Order());
    }
}
