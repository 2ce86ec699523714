using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Domain.Identity;
using Amsp.Host.Tests.Infrastructure;
using static Amsp.Host.Tests.Workflows.Hostile.Hostile;

namespace Amsp.Host.Tests.Workflows.Hostile;

/// <summary>Issue point 8: content types, names, duplicate connections, and payload and variable sizes.</summary>
public sealed class RequestLimitsApiTests(LimitedHostFixture host) : IClassFixture<LimitedHostFixture>
{
    private static ByteArrayContent Untyped(string json) => new(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("/api/workflow-definitions")]
    [InlineData("/api/workflow-definitions/import")]
    [InlineData("/api/workflow-definitions/validate")]
    [InlineData("/api/workflow-definitions/any/execute")]
    [InlineData("/api/stimuli")]
    [InlineData("/api/stimuli/resume")]
    public async Task A_json_body_without_a_json_content_type_is_415(string url)
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var problem = await (await admin.PostAsync(url, Untyped("{\"name\":\"x\"}"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("content-type application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var text = new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "text/plain");
        await (await admin.PostAsync(url, text)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task An_empty_definition_is_refused_for_want_of_a_name_and_nothing_is_saved()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var before = (await analyst.GetFromJsonAsync<JsonElement>("/api/workflow-definitions?pageSize=500")).GetProperty("total").GetInt32();

        var problem = await (await analyst.PostAsJsonAsync("/api/workflow-definitions", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("MissingName", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(before, (await analyst.GetFromJsonAsync<JsonElement>("/api/workflow-definitions?pageSize=500")).GetProperty("total").GetInt32());
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task Two_identical_connections_are_refused_at_publish()
    {
        using var analyst = await host.CreateClientAsAsync(AmspRoles.Analyst);
        var definition = Definition($"twice-{Guid.NewGuid():N}",
            [Activity("start", "Start"), Activity("log", "Log", ("Message", Lit("once")))], [Connect("start", "log"), Connect("start", "log")]);

        var problem = await (await analyst.PostAsJsonAsync("/api/workflow-definitions/import?publish=true", definition)).AssertProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("DuplicateConnection", error.GetProperty("code").GetString());
        Assert.Equal("Connection start:Done->log is there twice: its target would run twice.", error.GetProperty("message").GetString());
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task Payloads_above_one_mebibyte_are_413_and_nothing_is_started_or_resumed()
    {
        var id = $"payload-{Guid.NewGuid():N}";
        await host.PublishAsync(WorkflowDefinitionsApiTests.ReviewDefinition(id));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);
        var big = new string('x', 1024 * 1024);

        await (await operatorClient.PostAsJsonAsync($"/api/workflow-definitions/{id}/execute", new { input = new { big } })).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await operatorClient.InstancesOfAsync(id));

        var correlation = Guid.NewGuid().ToString("N");
        var waiting = await operatorClient.ExecuteAsync(id, new { correlationId = correlation, input = new { part = new string('y', 1000) } });
        var stimulus = await operatorClient.PostAsJsonAsync("/api/stimuli", new { name = "review-done", correlationId = correlation, payload = new { big } });
        var problem = await stimulus.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The stimulus is larger than 1,048,576 bytes, the limit.", problem.GetProperty("detail").GetString());
        await (await operatorClient.PostAsJsonAsync("/api/stimuli/resume", new { token = "t", payload = new { big } })).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Suspended", (await operatorClient.InstanceAsync(waiting.GetProperty("instanceId").GetString()!)).GetProperty("instance").GetProperty("status").GetString());
        await host.AssertReadyAsync();
    }

    [Fact]
    public async Task A_variable_above_one_mebibyte_faults_its_instance_with_an_incident()
    {
        var id = $"variable-{Guid.NewGuid():N}";
        await host.PublishAsync(Definition(id,
            [Activity("start", "Start"), Activity("grow", "SetVariable", ("Variable", Lit("blob")), ("Value", Js("'z'.repeat(1100000)")))],
            [Connect("start", "grow")], variables: new JsonArray(new JsonObject { ["name"] = "blob" })));
        using var operatorClient = await host.CreateClientAsAsync(AmspRoles.Operator);

        var run = await operatorClient.ExecuteAsync(id);

        Assert.Equal("Faulted", run.GetProperty("status").GetString());
        var details = await operatorClient.InstanceAsync(run.GetProperty("instanceId").GetString()!);
        Assert.Equal("Variable 'blob' would hold more than 1,048,576 bytes of JSON, the limit (Limits.MaxVariableBytes).",
            Assert.Single(details.GetProperty("incidents").EnumerateArray()).Message());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("variables").GetProperty("blob").ValueKind);
        await host.AssertReadyAsync();
    }
}
