using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Amsp.Workflows.Runtime;

/// <summary>The size of a JSON value as text (UTF-8, compact, strings unescaped), measured without writing it.</summary>
internal static class JsonSize
{
    /// <summary>The size, or a number above <paramref name="limit"/> as soon as it is known to pass it.</summary>
    public static long Measure(JsonNode? node, long limit)
    {
        long size = 0;
        Add(node, ref size, limit);
        return size;
    }

    private static void Add(JsonNode? node, ref long size, long limit)
    {
        switch (node)
        {
            case null:
                size += 4;
                break;
            case JsonObject obj:
                size += 2 + Math.Max(0, obj.Count - 1);
                foreach (var (name, value) in obj)
                {
                    if (size > limit) return;
                    size += Encoding.UTF8.GetByteCount(name) + 3;
                    Add(value, ref size, limit);
                }
                break;
            case JsonArray array:
                size += 2 + Math.Max(0, array.Count - 1);
                foreach (var item in array)
                {
                    if (size > limit) return;
                    Add(item, ref size, limit);
                }
                break;
            default:
                size += node.GetValueKind() switch
                {
                    JsonValueKind.String => Encoding.UTF8.GetByteCount(node.GetValue<string>()) + 2,
                    JsonValueKind.True => 4,
                    JsonValueKind.False => 5,
                    JsonValueKind.Null => 4,
                    _ => node.ToJsonString().Length,
                };
                break;
        }
    }
}
