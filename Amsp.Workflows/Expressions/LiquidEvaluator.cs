using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Expressions;

/// <summary>Liquid templates through Fluid, for text. Templates see <c>variables</c>, <c>input</c> and <c>outputs</c>.</summary>
public sealed class LiquidEvaluator : IExpressionEvaluator
{
    // Building Fluid's parser costs ~100 ms of start-up: only pay it when a template is first used.
    private static readonly Lazy<FluidParser> LazyParser = new(() => new FluidParser());
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly Lazy<TemplateOptions> _options = new(() => new TemplateOptions { MaxSteps = 100_000, MaxRecursion = 32 });

    /// <inheritdoc />
    public string Syntax => ExpressionSyntax.Liquid;

    /// <inheritdoc />
    public async ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, ExpressionScope scope, CancellationToken cancellationToken)
    {
        var template = Parse(value?.ToString() ?? "");
        var context = new TemplateContext(_options.Value);
        context.SetValue("variables", ToClr(scope.Variables));
        context.SetValue("input", ToClr(scope.Input));
        context.SetValue("outputs", ToClr(scope.Outputs));
        try
        {
            return JsonValue.Create(await template.RenderAsync(context));
        }
        catch (InvalidOperationException ex)
        {
            throw new ExpressionException($"Liquid error: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public string? Check(JsonNode? value) => LazyParser.Value.TryParse(value?.ToString() ?? "", out _, out var error) ? null : $"Liquid syntax error: {error}";

    private IFluidTemplate Parse(string text)
    {
        if (_templates.TryGetValue(text, out var template)) return template;
        if (!LazyParser.Value.TryParse(text, out template, out var error)) throw new ExpressionException($"Liquid syntax error: {error}");
        if (_templates.Count < 10_000) _templates.TryAdd(text, template);
        return template;
    }

    private static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToClr(p.Value)),
        JsonArray a => a.Select(ToClr).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => long.TryParse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
                ? l
                : decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        },
        _ => node.ToJsonString(),
    };
}
