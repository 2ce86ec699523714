using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;
using Jint;

namespace Amsp.Workflows.Tests.Expressions;

/// <summary>The scope a script sees is what <c>JSON.parse</c> of the scope's JSON would give.</summary>
public sealed class JsonToJavaScriptTests
{
    private const string Probe = "JSON.stringify([input, Object.keys(input), Object.getPrototypeOf(input) === Object.prototype, Array.isArray(input.list)])";

    private static string ViaParse(string json) =>
        new Engine().Evaluate($"var input = JSON.parse({System.Text.Json.JsonSerializer.Serialize(json)}); {Probe}").AsString();

    private static string ViaScope(JsonObject input) =>
        new JavaScriptEvaluator(new JavaScriptOptions()).Run(Probe, new ExpressionScope([], input, []), false, default)!.GetValue<string>();

    [Theory]
    [InlineData("""{"list":[]}""")]
    [InlineData("""{"list":[1,-0,0.1,1e300,-2.5e-300,9007199254740993,123456789012345678901234567890],"n":null,"t":true,"f":false}""")]
    [InlineData("""{"list":[{"a":{"b":[[],{}]}}],"text":"tab\t quote\" snow ☃ astral 😀 nul \u0000"}""")]
    [InlineData("""{"__proto__":{"polluted":true},"list":["__proto__"],"constructor":1,"0":"zero","10":"ten","2":"two"}""")]
    [InlineData("""{"list":[1],"deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["bottom"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""")]
    public void Parsed_json_converts_to_what_JSON_parse_gives(string json) =>
        Assert.Equal(ViaParse(json), ViaScope(JsonNode.Parse(json)!.AsObject()));

    [Fact]
    public void Values_created_in_code_convert_like_their_json_text()
    {
        var input = new JsonObject
        {
            ["long"] = 5L, ["int"] = 7, ["decimal"] = 1.25m, ["double"] = 0.5, ["float"] = 1.5f, ["string"] = "s", ["bool"] = true,
            ["list"] = new JsonArray(1, "two", null, new JsonObject()), ["guid"] = JsonValue.Create(Guid.Empty), ["date"] = JsonValue.Create(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero)),
        };
        Assert.Equal(ViaParse(input.ToJsonString()), ViaScope(input));
    }
}
