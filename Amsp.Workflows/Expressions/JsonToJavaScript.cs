using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;

namespace Amsp.Workflows.Expressions;

/// <summary>
/// Builds the JavaScript value of a JSON node directly: what <c>JSON.parse</c> of the node's text gives (plain objects
/// and arrays, numbers as doubles), without writing the text and parsing it again. Jint's JSON parser allocates its
/// intern tables per parse, which made the scope conversion most of an expression's allocations.
/// </summary>
internal static class JsonToJavaScript
{
    /// <summary>Nodes nested deeper than this go through Jint's parser, which has its own depth handling.</summary>
    private const int MaxDepth = 64;

    /// <summary>The value of <paramref name="node"/> in <paramref name="engine"/>.</summary>
    public static JsValue Convert(Engine engine, JsonNode? node) =>
        TryConvert(engine, node, 0) ?? new Jint.Native.Json.JsonParser(engine).Parse(node?.ToJsonString() ?? "null");

    private static JsValue? TryConvert(Engine engine, JsonNode? node, int depth)
    {
        if (depth > MaxDepth) return null;
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
            {
                var result = new JsObject(engine);
                foreach (var (name, child) in obj)
                {
                    if (TryConvert(engine, child, depth + 1) is not { } value) return null;
                    result.FastSetDataProperty(name, value);
                }
                return result;
            }
            case JsonArray array:
            {
                var items = new JsValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    if (TryConvert(engine, array[i], depth + 1) is not { } value) return null;
                    items[i] = value;
                }
                return new JsArray(engine, items);
            }
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.TryGetValue<string>(out var text) ? new JsString(text) : null,
                    JsonValueKind.True => JsBoolean.True,
                    JsonValueKind.False => JsBoolean.False,
                    JsonValueKind.Null => JsValue.Null,
                    JsonValueKind.Number => JsNumber.Create(Number(value)),
                    // A value that is not JSON (a CLR object in a node): its JSON text decides, as before.
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static double Number(JsonValue value) =>
        value.TryGetValue<double>(out var d) ? d
        : value.TryGetValue<long>(out var l) ? l
        : value.TryGetValue<int>(out var i) ? i
        : value.TryGetValue<decimal>(out var m) ? (double)m
        : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
