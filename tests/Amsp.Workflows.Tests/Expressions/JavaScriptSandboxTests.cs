using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Runtime;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Expressions;

public sealed class JavaScriptSandboxTests
{
    private static readonly ExpressionScope Scope = new(new JsonObject { ["x"] = 2 }, new JsonObject { ["y"] = 3 }, new JsonObject { ["a"] = new JsonObject { ["n"] = 4 } });

    private static JavaScriptEvaluator Evaluator(Action<JavaScriptOptions>? configure = null)
    {
        var options = new JavaScriptOptions();
        configure?.Invoke(options);
        return new JavaScriptEvaluator(options);
    }

    [Fact]
    public void Scripts_see_variables_input_and_earlier_outputs()
    {
        var value = Evaluator().Run("variables.x + input.y + outputs.a.n + getVariable('x')", Scope, false, default);
        Assert.Equal(11, value!.GetValue<long>());
    }

    [Fact]
    public async Task An_infinite_loop_becomes_an_incident_within_its_time_limit()
    {
        await using var engine = TestEngine.InMemory(o =>
        {
            o.JavaScript.Timeout = TimeSpan.FromMilliseconds(200);
            o.JavaScript.MaxStatements = int.MaxValue;
        });
        var result = await engine.RunAsync(new Flow("loop")
            .Activity("start", "Start").Activity("spin", "RunJavaScript", ("Script", Lit("while (true) {}"))).Chain("start", "spin"));

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = Assert.Single(await engine.Instances.ListIncidentsAsync(result.InstanceId));
        Assert.Equal("JavaScript exceeded its time limit of 200 ms.", incident.Message);
    }

    [Fact]
    public void The_statement_limit_stops_a_runaway_script_with_a_clear_message()
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator(o => o.MaxStatements = 1000).Run("for (;;) {}", Scope, false, default));
        Assert.Equal("JavaScript exceeded its limit of 1000 statements.", error.Message);
    }

    [Fact]
    public void The_recursion_limit_stops_deep_recursion()
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator(o => o.MaxRecursionDepth = 20).Run("function f(n) { return f(n + 1); } f(0)", Scope, false, default));
        Assert.Contains("recursion limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_memory_limit_stops_a_script_that_allocates_without_bound()
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator(o => o.MemoryLimitBytes = 2_000_000).Run("var a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + a.length); }", Scope, false, default));
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("clr.System")]
    public void The_CLR_and_System_IO_are_unreachable(string script)
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator().Run(script, Scope, false, default));
        Assert.Contains("is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_objects_given_to_a_script_expose_no_CLR_type()
    {
        var value = Evaluator().Run("typeof variables.GetType + '/' + typeof getVariable.constructor.constructor", Scope, false, default);
        Assert.Equal("undefined/function", value!.GetValue<string>());
    }

    [Theory]
    [InlineData("/(a+)+$/.test('a'.repeat(40) + 'b')")]
    [InlineData("new RegExp('(a+)+$').test('a'.repeat(40) + 'b')")]
    [InlineData("var r = /(x+x+)+y/; r.test('x'.repeat(40))")]
    public void A_catastrophic_regular_expression_stops_at_the_script_time_limit(string script)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var error = Assert.Throws<ExpressionException>(() => Evaluator(o => o.Timeout = TimeSpan.FromMilliseconds(300)).Run(script, Scope, false, default));
        Assert.Equal("JavaScript exceeded its time limit of 300 ms.", error.Message);
        // Jint's own regex timeout is 10 s: stopping well before it shows the script's limit bounds the match.
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(8));
    }
}
