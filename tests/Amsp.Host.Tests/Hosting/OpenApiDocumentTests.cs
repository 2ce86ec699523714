using System.Text.Json;
using Amsp.Host.Hosting.OpenApi;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Hosting;

/// <summary>
/// The document API clients are generated from, as the host serves it. With <c>AMSP_OPENAPI_DOCUMENT</c> set, the
/// document is also written to that file, which CI lints with Redocly's strict rules.
/// </summary>
public sealed class OpenApiDocumentTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = host.CreateClient();
        var text = await client.GetStringAsync("/openapi/v1.json");
        if (Environment.GetEnvironmentVariable("AMSP_OPENAPI_DOCUMENT") is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.WriteAllTextAsync(file, text);
        }
        return JsonDocument.Parse(text).RootElement;
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(op => Methods.Contains(op.Name)).Select(op => (op.Name, path.Name, op.Value)));

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_derived_from_its_method_and_route()
    {
        var operations = Operations(await DocumentAsync()).ToList();
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();

        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var versions = operations.Single(o => o is { Method: "get", Path: "/api/workflow-definitions/{definitionId}/versions" });
        Assert.Equal("getWorkflowDefinitionsByDefinitionIdVersions", versions.Operation.GetProperty("operationId").GetString());
    }

    [Theory]
    [InlineData("GET", "api/workflow-definitions", "getWorkflowDefinitions")]
    [InlineData("POST", "api/workflow-definitions/{definitionId}/revert/{version:int}", "postWorkflowDefinitionsByDefinitionIdRevertByVersion")]
    [InlineData("DELETE", "/workflows/{**path}", "deleteWorkflowsByPath")]
    [InlineData("GET", "api", "getApi")]
    [InlineData("PUT", "api/print_jobs/{job-id?}/state", "putPrintJobsByJobIdState")]
    public void Operation_ids_are_derived_from_the_method_and_the_route(string method, string route, string expected) =>
        Assert.Equal(expected, OperationIds.Derive(method, route));

    [Fact]
    public async Task Every_operation_documents_its_errors_as_problem_details()
    {
        foreach (var (method, path, operation) in Operations(await DocumentAsync()))
        {
            var responses = operation.GetProperty("responses");
            var where = $"{method} {path}";
            Assert.True(responses.EnumerateObject().Any(r => r.Name.StartsWith('4')), $"{where} documents no 4xx answer");
            Assert.True(responses.TryGetProperty("500", out _), $"{where} documents no 500");
            foreach (var error in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                Assert.True(error.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where} {error.Name}");
            }
            var anonymous = operation.TryGetProperty("security", out var security) && security.GetArrayLength() == 0;
            Assert.True(anonymous || responses.TryGetProperty("401", out _), $"{where} needs a user but documents no 401");
            if (path.Contains('{', StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("404", out _), $"{where} names a resource but documents no 404");
            }
        }
    }

    [Theory]
    [InlineData("get", "/api/workflow-definitions", new[] { "400", "401", "403", "500" })]
    [InlineData("get", "/api/workflow-instances/{instanceId}", new[] { "401", "403", "404", "500" })]
    [InlineData("get", "/api/auth/me", new[] { "401", "500" })]
    [InlineData("post", "/api/auth/login", new[] { "400", "401", "500" })]
    public async Task Error_answers_follow_what_the_endpoint_is(string method, string path, string[] errors)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(errors, operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s[0] is '4' or '5').Order());
    }

    [Fact]
    public async Task The_document_has_a_licence_tag_descriptions_and_servers_without_a_trailing_slash()
    {
        var document = await DocumentAsync();
        Assert.False(string.IsNullOrEmpty(document.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        Assert.All(document.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        var used = Operations(document).SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)).ToHashSet();
        Assert.All(used, tag => Assert.True(ApiTags.Descriptions.ContainsKey(tag), $"Tag '{tag}' is missing from ApiTags"));
        Assert.All(document.GetProperty("tags").EnumerateArray(),
            tag => Assert.False(string.IsNullOrEmpty(tag.GetProperty("description").GetString())));
    }
}
