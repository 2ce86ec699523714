using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;
using Jint;

namespace Amsp.Workflows.Tests.Expressions;

/// <summary>A script gets converted only the scope bindings it can observe, and observes the same values either way.</summary>
public sealed class JavaScriptBindingsTests
{
    private static ScriptBindings Referenced(string code) => JavaScriptBindings.Referenced(Engine.PrepareScript(code).Program!);

    private static ExpressionScope Scope() => new(
        new JsonObject { ["part"] = "bracket", ["key"] = "part" },
        new JsonObject { ["request"] = new JsonObject { ["body"] = new JsonObject { ["part"] = "gear" } } },
        new JsonObject { ["http"] = new JsonObject { ["Status"] = 200 } });

    // Flags as numbers (the enum is internal): 1 variables, 2 input, 4 outputs.
    [Theory]
    [InlineData("1 + 2", 0)]
    [InlineData("input.request.body.part", 2)]
    [InlineData("({ part: variables.part, accepted: true })", 1)]
    [InlineData("getVariable('part')", 1)]
    [InlineData("outputs.http.Status", 4)]
    [InlineData("input.a && outputs.b", 6)]
    [InlineData("variables['part']", 1)]
    public void Scripts_name_what_they_read(string code, int expected) => Assert.Equal((ScriptBindings)expected, Referenced(code));

    [Theory]
    [InlineData("this.input")]
    [InlineData("globalThis.input")]
    [InlineData("variables[variables.key]")]
    [InlineData("(() => 1).constructor('return input')()")]
    [InlineData("(() => 1)['constructor']('return input')()")]
    [InlineData("Function('return input')()")]
    [InlineData("[1].map(function () { return this; })")]
    public void Reaching_the_global_object_binds_everything(string code) => Assert.Equal(ScriptBindings.All, Referenced(code));

    [Theory]
    [InlineData("input.request.body.part", "gear")]
    [InlineData("variables.part", "bracket")]
    [InlineData("getVariable('part')", "bracket")]
    [InlineData("String(outputs.http.Status)", "200")]
    [InlineData("this.input.request.body.part", "gear")]
    [InlineData("globalThis['vari' + 'ables'].part", "bracket")]
    [InlineData("(() => 1).constructor('return input.request.body.part')()", "gear")]
    [InlineData("typeof input + typeof outputs", "objectobject")]
    public void What_a_script_reads_is_the_scope_whichever_way_it_reads_it(string code, string expected)
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptOptions());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, evaluator.Run(code, Scope(), writeBackVariables: false, default)!.GetValue<string>());
        }
    }

    [Fact]
    public void A_statement_script_that_never_names_variables_still_writes_back_nothing_and_keeps_them()
    {
        var scope = Scope();
        var result = new JavaScriptEvaluator(new JavaScriptOptions()).Run("var total = 1 + 2; total", scope, writeBackVariables: true, default);

        Assert.Equal(3, result!.GetValue<long>());
        Assert.Equal("bracket", scope.Variables["part"]!.GetValue<string>());
    }
}
