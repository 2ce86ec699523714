using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;

namespace Amsp.Workflows.Tests.Expressions;

public sealed class LiquidEvaluatorTests
{
    [Fact]
    public async Task Templates_render_variables_input_outputs_and_lists()
    {
        var scope = new ExpressionScope(
            new JsonObject { ["customer"] = new JsonObject { ["name"] = "Ada" }, ["parts"] = new JsonArray("gear", "hinge") },
            new JsonObject { ["qty"] = 3 },
            new JsonObject { ["quote"] = new JsonObject { ["Total"] = 12.5 } });
        var text = await new LiquidEvaluator().EvaluateAsync(
            "{{ variables.customer.name }}: {{ input.qty }} × {% for p in variables.parts %}{{ p }} {% endfor %}= {{ outputs.quote.Total }}",
            scope, default);
        Assert.Equal("Ada: 3 × gear hinge = 12.5", text!.GetValue<string>());
    }

    [Fact]
    public async Task A_template_with_bad_syntax_is_an_expression_error()
    {
        var scope = new ExpressionScope([], [], []);
        await Assert.ThrowsAsync<ExpressionException>(async () => await new LiquidEvaluator().EvaluateAsync("{% if %}", scope, default));
    }
}
