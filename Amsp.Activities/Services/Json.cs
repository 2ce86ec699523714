using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amsp.Activities.Services;

/// <summary>The JSON shape of what the activities store for the API to show: camel case, enums by name.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
