using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Workflows;

public sealed class HttpTriggerTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static JsonObject Echo(string id, string path, bool anonymous) => JsonNode.Parse($$"""
        {
          "definitionId": "{{id}}", "name": "{{id}}",
          "root": {
            "activities": [
              { "id": "http", "type": "HttpEndpoint", "inputs": {
                  "Path": { "value": "{{path}}" }, "Methods": { "value": ["POST"] }, "AllowAnonymous": { "value": {{(anonymous ? "true" : "false")}} } } },
              { "id": "big", "type": "Decision", "inputs": { "Condition": { "syntax": "JavaScript", "value": "input.request.body.quantity > 10" } } },
              { "id": "answer-big", "type": "WriteHttpResponse", "inputs": {
                  "StatusCode": { "value": 201 },
                  "Body": { "syntax": "JavaScript", "value": "({ part: input.request.body.part, batch: true })" } } },
              { "id": "answer-small", "type": "WriteHttpResponse", "inputs": {
                  "StatusCode": { "value": 200 },
                  "Body": { "syntax": "JavaScript", "value": "({ part: input.request.body.part, batch: false })" } } }
            ],
            "connections": [
              { "source": { "activity": "http", "outcome": "Done" }, "target": { "activity": "big" } },
              { "source": { "activity": "big", "outcome": "True" }, "target": { "activity": "answer-big" } },
              { "source": { "activity": "big", "outcome": "False" }, "target": { "activity": "answer-small" } }
            ]
          }
        }
        """)!.AsObject();

    private async Task PublishAsync(JsonObject definition)
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var published = await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_endpoint_starts_an_instance_per_request_and_answers_from_the_workflow()
    {
        var path = $"quotes-{Guid.NewGuid():N}";
        await PublishAsync(Echo($"echo-{Guid.NewGuid():N}", path, anonymous: true));
        using var client = host.CreateClient();

        var big = await client.PostAsJsonAsync($"/workflows/{path}", new { part = "bracket", quantity = 50 });
        Assert.Equal(HttpStatusCode.Created, big.StatusCode);
        Assert.Equal("""{"part":"bracket","batch":true}""", await big.Content.ReadAsStringAsync());

        var small = await client.PostAsJsonAsync($"/workflows/{path}/", new { part = "gear", quantity = 2 });
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.False((await small.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batch").GetBoolean());
    }

    [Fact]
    public async Task A_protected_endpoint_needs_a_signed_in_user()
    {
        var path = $"secure-{Guid.NewGuid():N}";
        await PublishAsync(Echo($"secure-{Guid.NewGuid():N}", path, anonymous: false));

        using var anonymous = host.CreateClient();
        await (await anonymous.PostAsJsonAsync($"/workflows/{path}", new { part = "x", quantity = 1 })).AssertProblemAsync(HttpStatusCode.Unauthorized);

        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsJsonAsync($"/workflows/{path}", new { part = "x", quantity = 1 })).StatusCode);
    }

    [Fact]
    public async Task Unknown_routes_wrong_methods_bad_bodies_and_retracted_endpoints_are_problems()
    {
        var id = $"gone-{Guid.NewGuid():N}";
        var path = $"gone-{Guid.NewGuid():N}";
        await PublishAsync(Echo(id, path, anonymous: true));
        using var client = host.CreateClient();

        await (await client.PostAsJsonAsync("/workflows/nowhere", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/workflows/{path}")).AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
        using var broken = new StringContent("{\"part\": ", Encoding.UTF8, "application/json");
        await (await client.PostAsync($"/workflows/{path}", broken)).AssertProblemAsync(HttpStatusCode.BadRequest);

        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        (await analyst.PostAsync($"/api/workflow-definitions/{id}/retract", null)).EnsureSuccessStatusCode();
        await (await client.PostAsJsonAsync($"/workflows/{path}", new { part = "x", quantity = 1 })).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_route_is_refused_before_publishing()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var bad = Echo($"bad-{Guid.NewGuid():N}", "a b/../c", anonymous: true);
        var validation = await (await analyst.PostAsJsonAsync("/api/workflow-definitions/validate", bad)).Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(validation.GetProperty("errors").EnumerateArray());
        Assert.Equal(("http", "Path"), (error.GetProperty("activityId").GetString(), error.GetProperty("inputName").GetString()));
    }
}
