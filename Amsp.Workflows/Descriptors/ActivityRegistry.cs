using System.Reflection;
using System.Text.Json.Nodes;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Descriptors;

/// <summary>The activity types known to the engine, found by scanning assemblies for <see cref="ActivityAttribute"/>.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<(string Type, int Version), ActivityDescriptor> _byKey = [];

    /// <summary>Builds the registry from the built-in activities and the given assemblies.</summary>
    /// <exception cref="InvalidOperationException">Two classes declare the same type and version.</exception>
    public ActivityRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies.Prepend(typeof(ActivityRegistry).Assembly).Distinct())
        {
            foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Activity))))
            {
                if (type.GetCustomAttribute<ActivityAttribute>() is null) continue;
                var descriptor = Describe(type);
                if (!_byKey.TryAdd((descriptor.Type, descriptor.Version), descriptor)
                    && _byKey[(descriptor.Type, descriptor.Version)].ClrType != type)
                {
                    throw new InvalidOperationException(
                        $"Activity type '{descriptor.Type}' v{descriptor.Version} is declared by both {_byKey[(descriptor.Type, descriptor.Version)].ClrType} and {type}.");
                }
            }
        }
    }

    /// <summary>All descriptors, by type then version (the designer's palette).</summary>
    public IReadOnlyList<ActivityDescriptor> All =>
        [.. _byKey.Values.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal).ThenBy(d => d.Version)];

    /// <summary>The descriptor of a type and version, or null.</summary>
    public ActivityDescriptor? Find(string type, int version = 1) => _byKey.GetValueOrDefault((type, version));

    /// <summary>Builds a descriptor from a class's attributes.</summary>
    /// <exception cref="ArgumentException">The class has no <see cref="ActivityAttribute"/>.</exception>
    public static ActivityDescriptor Describe(Type type)
    {
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type} has no [Activity] attribute.", nameof(type));
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return new ActivityDescriptor
        {
            Type = attribute.Type,
            Version = attribute.Version,
            Category = attribute.Category,
            DisplayName = attribute.DisplayName ?? attribute.Type,
            Description = attribute.Description,
            Kind = attribute.Kind,
            Outcomes = attribute.Outcomes,
            OutcomesFromInput = attribute.OutcomesFromInput,
            ClrType = type,
            Inputs = [.. properties.Select(p => (p, a: p.GetCustomAttribute<InputAttribute>())).Where(x => x.a is not null).Select(x => new InputDescriptor
            {
                Name = x.p.Name,
                Type = TypeName(x.p.PropertyType),
                DisplayName = x.a!.DisplayName ?? x.p.Name,
                Description = x.a.Description,
                UIHint = x.a.UIHint,
                Required = x.a.Required,
                Default = x.a.DefaultJson is null ? null : JsonNode.Parse(x.a.DefaultJson),
                Syntaxes = x.a.Syntaxes is { Length: > 0 } s ? s : ExpressionSyntax.All,
                Options = x.a.Options,
                Property = x.p,
            })],
            Outputs = [.. properties.Select(p => (p, a: p.GetCustomAttribute<OutputAttribute>())).Where(x => x.a is not null).Select(x => new OutputDescriptor
            {
                Name = x.p.Name,
                Type = TypeName(x.p.PropertyType),
                Description = x.a!.Description,
                Property = x.p,
            })],
        };
    }

    private static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(int) || type == typeof(long)) return "integer";
        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float)) return "number";
        if (type == typeof(TimeSpan)) return "timespan";
        if (type.IsEnum) return "string";
        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) || type == typeof(JsonArray)) return "array";
        if (type == typeof(JsonObject)) return "object";
        return "any";
    }
}
