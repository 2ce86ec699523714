using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace Amsp.Specs.Reporting;

/// <summary>
/// Cucumber Messages as JSON, the way the schema spells them: camelCase fields, absent fields left out, and every enum
/// written as its schema value (<c>PASSED</c>, <c>Context</c>, <c>text/x.cucumber.gherkin+plain</c>), which the
/// package's generated <c>…Extensions.Value</c> methods give. The .NET package ships the types but no serializer.
/// </summary>
public static class MessageJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new SchemaEnums() },
    };

    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    public static Envelope Deserialize(string line) =>
        JsonSerializer.Deserialize<Envelope>(line, Options) ?? throw new JsonException("An empty message.");

    private sealed class SchemaEnums : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert.Namespace == typeof(Envelope).Namespace;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(SchemaEnum<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class SchemaEnum<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly ConcurrentDictionary<T, string> Names = new();
        private static readonly MethodInfo ValueOf = typeof(Envelope).Assembly.GetType($"{typeof(T).FullName}Extensions")!
            .GetMethod("Value", BindingFlags.Public | BindingFlags.Static)!;

        private static string Name(T value) => Names.GetOrAdd(value, v => (string)ValueOf.Invoke(null, [v])!);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return Enum.GetValues<T>().FirstOrDefault(v => Name(v) == text);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));
    }
}
