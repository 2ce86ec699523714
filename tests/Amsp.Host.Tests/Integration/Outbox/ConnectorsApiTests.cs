using System.Net;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Integration;
using Amsp.Host.Auth;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Integration.Outbox;

/// <summary>Connectors are managed by their organization only, their secrets are write-only, and the contracts are public.</summary>
public sealed class ConnectorsApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static object Webhook(string name, string url = "https://erp.example.com/hooks") => new { kind = "webhook", name, settings = new { url } };

    [Fact]
    public async Task A_webhook_secret_is_generated_shown_once_and_never_again()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var made = await acme.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors", Webhook("secret-once"), HttpStatusCode.Created);
        var secret = made.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var id = made.GetProperty("connector").Id();
        var list = await acme.GetAsync($"/api/organizations/{DemoData.AcmeId}/connectors");
        var one = await acme.GetAsync($"/api/organizations/{DemoData.AcmeId}/connectors/{id}");
        Assert.DoesNotContain(secret[6..], await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shown = await one.OkJsonAsync();
        Assert.DoesNotContain(secret[6..], shown.GetRawText(), StringComparison.Ordinal);
        Assert.True(shown.GetProperty("hasSecret").GetBoolean());

        var rotated = await acme.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors/{id}/rotate-secret", new { previousValidForHours = 2 });
        Assert.NotEqual(secret, rotated.GetProperty("secret").GetString());
        Assert.True(rotated.GetProperty("connector").GetProperty("previousSecretValidUntil").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
    }

    [Theory]
    [InlineData("""{"kind":"webhook","name":"x","settings":{"url":"http://erp.example.com/hooks"}}""", "settings")]
    [InlineData("""{"kind":"webhook","name":"x","settings":{"url":"https://erp.example.com/hooks","timeoutSeconds":600}}""", "settings")]
    [InlineData("""{"kind":"telex","name":"x","settings":{}}""", "kind")]
    [InlineData("""{"kind":"webhook","name":"x","settings":{"url":"https://erp.example.com/hooks"},"secret":"plain"}""", "secret")]
    [InlineData("""{"kind":"webhook","name":"x","settings":{"url":"https://erp.example.com/hooks"},"eventTypes":["order.status-changed","Nope"]}""", "eventTypes[1]")]
    [InlineData("""{"kind":"webhook","settings":{"url":"https://erp.example.com/hooks"}}""", "name")]
    public async Task Invalid_connectors_are_refused_naming_the_field(string body, string field)
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var response = await acme.PostAsync($"/api/organizations/{DemoData.AcmeId}/connectors",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task Another_organization_s_connectors_and_events_are_not_there()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        using var centre = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var id = (await acme.PostJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors", Webhook("private"), HttpStatusCode.Created))
            .GetProperty("connector").Id();
        var order = await acme.OrderSampleAsync("bracket.stl");
        var events = (await acme.GetJsonAsync($"/api/integration/events?orderNumber={order.Number()}")).GetProperty("items");
        Assert.NotEqual(0, events.GetArrayLength());
        var eventId = events[0].Id();

        await globex.GetJsonAsync($"/api/organizations/{DemoData.AcmeId}/connectors/{id}", HttpStatusCode.NotFound);
        await globex.GetJsonAsync($"/api/organizations/{DemoData.GlobexId}/connectors/{id}", HttpStatusCode.NotFound);
        await globex.PostJsonAsync($"/api/integration/events/{eventId}/replay", new { }, HttpStatusCode.NotFound);
        await acme.PostJsonAsync($"/api/integration/events/{eventId}/replay", new { connectorId = Guid.NewGuid() }, HttpStatusCode.NotFound);
        Assert.Equal(0, (await globex.GetJsonAsync($"/api/integration/events?orderNumber={order.Number()}")).GetProperty("total").GetInt32());

        // The AM centre that quoted sees its quotes' events, not the customer's own order events before it is chosen.
        var seen = (await centre.GetJsonAsync($"/api/integration/events?orderNumber={order.Number()}")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, e => Assert.Equal(EventTypes.QuoteCreated, e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Every_contract_has_a_public_schema_that_names_what_the_events_carry()
    {
        using var anonymous = host.CreateClient();
        var index = await anonymous.GetJsonAsync("/api/integration/schemas");
        Assert.Equal(EventTypes.Contracts.Count, index.GetArrayLength());
        foreach (var link in index.EnumerateArray())
        {
            var schema = await anonymous.GetJsonAsync(link.GetProperty("url").GetString()!);
            Assert.Equal(link.GetProperty("type").GetString(), schema.GetProperty("properties").GetProperty("type").GetProperty("const").GetString());
            Assert.True(schema.GetProperty("properties").GetProperty("data").TryGetProperty("properties", out _));
        }
        await anonymous.GetJsonAsync("/api/integration/schemas/order.status-changed/v9", HttpStatusCode.NotFound);

        // What an event carries is what its schema names, no more, no less.
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var order = await acme.OrderSampleAsync("bracket.stl");
        foreach (var e in (await acme.GetJsonAsync($"/api/integration/events?orderNumber={order.Number()}")).GetProperty("items").EnumerateArray())
        {
            var body = e.GetProperty("body");
            var schema = await anonymous.GetJsonAsync($"/api/integration/schemas/{e.GetProperty("type").GetString()}/v1");
            Assert.Equal(Names(schema.GetProperty("properties")), Names(body));
            Assert.Equal(Names(schema.GetProperty("properties").GetProperty("data").GetProperty("properties")), Names(body.GetProperty("data")));
        }
    }

    private static List<string> Names(JsonElement o) => o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
