using System.Reflection;
using System.Text.Json.Nodes;
using Amsp.Workflows.Expressions;
using Jint;
using Jint.Native.Object;

namespace Amsp.Workflows.Tests.Expressions;

public sealed class JavaScriptReuseTests
{
    private static ExpressionScope NewScope(int x = 2) =>
        new(new JsonObject { ["x"] = x }, new JsonObject { ["y"] = 3 }, new JsonObject { ["a"] = new JsonObject { ["n"] = 4 } });

    private static JavaScriptEvaluator Evaluator(Action<JavaScriptOptions>? configure = null)
    {
        var options = new JavaScriptOptions();
        configure?.Invoke(options);
        return new JavaScriptEvaluator(options);
    }

    private static JsonNode? Run(JavaScriptEvaluator evaluator, string code, ExpressionScope? scope = null) =>
        evaluator.Run(code, scope ?? NewScope(), false, default);

    [Theory]
    [InlineData("input.request.body.part")]
    [InlineData("({ part: variables.part, accepted: true })")]
    [InlineData("input.items.map(i => i.qty).reduce((a, b) => a + b, 0)")]
    [InlineData("Math.round(variables.x * 1.5)")]
    [InlineData("JSON.stringify(variables)")]
    [InlineData("'use strict'; variables.x > 1 ? `big ${variables.x}` : 'small'")]
    [InlineData("[1, 2].map(function (v) { var local = v * 2; let other = local; return other; })")]
    [InlineData("a => { for (const k of [1]) {} }")]
    public void Plain_expressions_object_literals_and_calls_with_arrows_are_reusable(string code) =>
        Assert.True(Evaluator().IsReusable(code));

    [Theory]
    [InlineData("var a = 1; a")]
    [InlineData("let a = 1; a")]
    [InlineData("const a = 1; a")]
    [InlineData("function f() {} f()")]
    [InlineData("class C {} C")]
    [InlineData("leak = 1")]
    [InlineData("variables.x += 1")]
    [InlineData("[1].map(v => { Math.leak = v; })")]
    [InlineData("[1].map(v => v++)")]
    [InlineData("delete Math.max")]
    [InlineData("new Date(0).getTime()")]
    [InlineData("String.raw`x`")]
    [InlineData("eval('1')")]
    [InlineData("(() => class {})()")]
    [InlineData("[1].forEach(v => { for (leak in {a: 1}) {} })")]
    [InlineData("if (true) 1")]
    public void Declarations_assignments_updates_delete_new_tagged_templates_and_eval_are_not_reusable(string code) =>
        Assert.False(Evaluator().IsReusable(code));

    [Fact]
    public void Mutations_through_calls_never_reach_a_later_evaluation()
    {
        var evaluator = Evaluator();
        string[] attempts =
        [
            "Object.defineProperty(globalThis, 'leak', { value: 1, configurable: true })",
            "Object.assign(Math, { leak: 1 })",
            "[].push.call(Array.prototype, 1)",
            "Reflect.set(globalThis, 'JSON', 1)",
            "Reflect.deleteProperty(globalThis, 'input') && Object.defineProperty(globalThis, 'leak', { value: 1, writable: true, enumerable: true, configurable: true })",
            "(0, globalThis['ev' + 'al'])('var leak = 1')",
            "Function('leak = 1')()",
            "Object.assign(Object.getPrototypeOf([].values()), { leak: 1 })",
            "Object.preventExtensions(globalThis)",
            "Object.setPrototypeOf(globalThis, null)",
            "Object.defineProperty(globalThis, 'variables', { get: () => 1 })",
            "/(l)eak/.exec('leak')",
            "Reflect.set(RegExp, 'input', 'leak')",
        ];
        foreach (var attempt in attempts)
        {
            Assert.True(evaluator.IsReusable(attempt), attempt);
            try
            {
                Run(evaluator, attempt);
            }
            catch (ExpressionException)
            {
                // Refused: fine, as long as nothing leaks.
            }

            for (var i = 0; i < Environment.ProcessorCount * 2 + 4; i++)
            {
                Assert.Equal("undefined", Run(evaluator, "typeof leak")!.GetValue<string>());
                Assert.Null(Run(evaluator, "Math.leak"));
                Assert.Equal(0, Run(evaluator, "Array.prototype.length")!.GetValue<long>());
                Assert.Equal("function", Run(evaluator, "typeof JSON.parse")!.GetValue<string>());
                Assert.Null(Run(evaluator, "[].values().leak"));
                Assert.Equal("", Run(evaluator, "RegExp.$1 + RegExp.input + RegExp.lastMatch")!.GetValue<string>());
                Assert.Equal("true/object/2", Run(evaluator, "Object.isExtensible(globalThis) + '/' + typeof Object.getPrototypeOf(globalThis) + '/' + variables.x")!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Work_scheduled_for_later_never_runs_into_another_evaluation()
    {
        var evaluator = Evaluator();
        string[] attempts =
        [
            "Atomics.waitAsync(Reflect.construct(Int32Array, [Reflect.construct(SharedArrayBuffer, [4])]), 0, 0, 10).value.then(() => Reflect.set(globalThis.variables, 'x', 'leak')) && 1",
            "[...Array(200).keys()].map(i => Reflect.construct(FinalizationRegistry, [() => Reflect.set(globalThis.variables, 'x', 'leak')]).register({}, i)).length",
        ];
        foreach (var attempt in attempts)
        {
            Assert.True(evaluator.IsReusable(attempt), attempt);
            // Same result as on a fresh engine: the stand-ins' TypeError sends the expression to one.
            Assert.NotNull(Run(evaluator, attempt));
        }
        Assert.True(Run(evaluator, "Atomics.waitAsync(Reflect.construct(Int32Array, [Reflect.construct(SharedArrayBuffer, [4])]), 0, 0, 10).async")!.GetValue<bool>());

        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(30);
            Assert.Equal(2, Run(evaluator, "variables")!["x"]!.GetValue<long>());
        }
    }

    [Fact]
    public void Calls_that_throw_on_frozen_built_ins_get_the_fresh_engine_result()
    {
        var evaluator = Evaluator();
        // Object.assign onto an inherited built-in name throws on a frozen Object.prototype; a fresh engine allows it.
        Assert.Equal(1, Run(evaluator, "Object.assign({}, { toString: 1 }).toString")!.GetValue<long>());
        Assert.Equal(1, Run(evaluator, "Object.assign(Math, { leak: 1 }).leak")!.GetValue<long>());
        Assert.Null(Run(evaluator, "Math.leak"));
        // Genuine TypeErrors stay errors, with the same message.
        var error = Assert.Throws<ExpressionException>(() => Run(evaluator, "input.missing.deeper"));
        Assert.StartsWith("JavaScript error:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_difference_frozen_built_ins_are_visible_to_non_throwing_reflection()
    {
        var evaluator = Evaluator();
        Assert.True(Run(evaluator, "Object.isFrozen(Math)")!.GetValue<bool>());
        Assert.False(Run(evaluator, "var m = Math; Object.isFrozen(m)")!.GetValue<bool>());
    }

    [Fact]
    public void Every_intrinsic_of_a_pooled_engine_is_frozen()
    {
        var pooled = new PooledJavaScriptEngine(new JavaScriptOptions());
        var intrinsics = pooled.Engine.Intrinsics;
        var isFrozen = pooled.Engine.Evaluate("Object.isFrozen");
        var notFrozen = new List<string>();
        foreach (var property in intrinsics.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (!typeof(ObjectInstance).IsAssignableFrom(property.PropertyType) || property.GetIndexParameters().Length > 0) continue;
            if (property.GetValue(intrinsics) is not ObjectInstance value) continue;
            if (!pooled.Engine.Invoke(isFrozen, value).AsBoolean()) notFrozen.Add(property.Name);
        }
        // Not reachable from scripts: created only internally for async iteration over synchronous iterators.
        notFrozen.Remove("AsyncFromSyncIteratorPrototype");
        Assert.Empty(notFrozen);
    }

    [Fact]
    public void Script_errors_deep_in_calls_leave_a_reused_engine_intact()
    {
        var evaluator = Evaluator(o => o.MaxRecursionDepth = 30);
        const string deep = "((f) => f(f, 0))((f, n) => n < 24 ? f(f, n + 1) : n)";
        Assert.Equal(24, Run(evaluator, deep)!.GetValue<long>());
        for (var i = 0; i < 50; i++)
        {
            // A TypeError (confirmed on a fresh engine) and a SyntaxError thrown 24 calls deep.
            Assert.Throws<ExpressionException>(() => Run(evaluator, "((f) => f(f, 0))((f, n) => n < 24 ? f(f, n + 1) : input.missing.x)"));
            var error = Assert.Throws<ExpressionException>(() => Run(evaluator, "((f) => f(f, 0))((f, n) => n < 24 ? f(f, n + 1) : JSON.parse('{'))"));
            Assert.StartsWith("JavaScript error:", error.Message, StringComparison.Ordinal);
        }
        // Had an unwound call leaked a frame, the recursion limit would now be hit.
        Assert.Equal(24, Run(evaluator, deep)!.GetValue<long>());
        Assert.Equal(11, Run(evaluator, "variables.x + input.y + outputs.a.n + getVariable('x')")!.GetValue<long>());
    }

    [Fact]
    public void Statement_scripts_keep_running_on_fresh_engines_with_the_same_results()
    {
        var evaluator = Evaluator();
        const string script = "var a = variables.x; let b = 3; const c = a + b; variables.total = c; c";
        Assert.False(evaluator.IsReusable(script));
        for (var i = 0; i < 3; i++)
        {
            var scope = NewScope(i);
            var value = evaluator.Run(script, scope, writeBackVariables: true, default);
            Assert.Equal(i + 3, value!.GetValue<long>());
            Assert.Equal(i + 3, scope.Variables["total"]!.GetValue<long>());
            // A fresh engine each time: the global 'a' of the previous run does not exist.
            Assert.Equal("undefined", Run(evaluator, "typeof a")!.GetValue<string>());
        }
    }

    [Fact]
    public void Reusable_scripts_write_back_variables_changed_through_calls()
    {
        var evaluator = Evaluator();
        const string script = "Object.assign(variables, { total: variables.x * 10 }).total";
        Assert.True(evaluator.IsReusable(script));
        var scope = NewScope(4);
        Assert.Equal(40, evaluator.Run(script, scope, writeBackVariables: true, default)!.GetValue<long>());
        Assert.Equal(40, scope.Variables["total"]!.GetValue<long>());
    }

    [Fact]
    public void The_time_limit_stops_a_loop_inside_a_reusable_expression_and_the_evaluator_keeps_working()
    {
        var evaluator = Evaluator(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.MaxStatements = int.MaxValue;
        });
        const string spin = "[1].map(() => { while (true) {} })";
        Assert.True(evaluator.IsReusable(spin));
        var error = Assert.Throws<ExpressionException>(() => Run(evaluator, spin));
        Assert.Equal("JavaScript exceeded its time limit of 200 ms.", error.Message);
        Assert.Equal(11, Run(evaluator, "variables.x + input.y + outputs.a.n + getVariable('x')")!.GetValue<long>());
    }

    [Fact]
    public void The_time_limit_applies_per_evaluation()
    {
        // Only the time limit may stop the spinning: how many statements and bytes 100 ms of it takes depends on the machine.
        var evaluator = Evaluator(o => (o.Timeout, o.MaxStatements, o.MemoryLimitBytes) = (TimeSpan.FromSeconds(1), int.MaxValue, long.MaxValue));
        // Each evaluation spins 100 ms: far under the limit once, over it twelve times together.
        const string script = "[0].map(() => { const end = Date.now() + 100; while (Date.now() < end) {} return 1; })[0]";
        Assert.True(evaluator.IsReusable(script));
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(1, Run(evaluator, script)!.GetValue<long>());
        }
    }

    [Fact]
    public void A_cancelled_token_cancels_a_reusable_evaluation()
    {
        var evaluator = Evaluator(o => o.MaxStatements = int.MaxValue);
        Assert.Equal(2, Run(evaluator, "variables.x")!.GetValue<long>()); // an engine is in the pool
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => evaluator.Run("[1].map(() => { while (true) {} })", NewScope(), false, cancelled.Token));
        Assert.Equal(2, Run(evaluator, "variables.x")!.GetValue<long>());
    }

    [Fact]
    public void The_statement_limit_applies_per_evaluation()
    {
        var evaluator = Evaluator(o => o.MaxStatements = 1000);
        // 450 calls: under the limit once, over it three times together.
        const string script = "[...Array(450).keys()].map(i => { return i; }).length";
        Assert.True(evaluator.IsReusable(script));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(450, Run(evaluator, script)!.GetValue<long>());
        }
        var error = Assert.Throws<ExpressionException>(() => Run(evaluator, "[...Array(2000).keys()].map(i => { return i; }).length"));
        Assert.Equal("JavaScript exceeded its limit of 1000 statements.", error.Message);
        Assert.Equal(450, Run(evaluator, script)!.GetValue<long>());
    }

    [Fact]
    public async Task Parallel_evaluations_see_their_own_variables()
    {
        var evaluator = Evaluator();
        var tasks = Enumerable.Range(0, 8).Select(task => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var n = task * 1000 + i;
                var scope = new ExpressionScope(new JsonObject { ["part"] = $"p{n}", ["n"] = n },
                    new JsonObject { ["request"] = new JsonObject { ["body"] = new JsonObject { ["part"] = n } } }, new JsonObject());
                Assert.Equal(n, evaluator.Run("input.request.body.part", scope, false, default)!.GetValue<long>());
                var value = evaluator.Run("({ part: variables.part, twice: [variables.n].map(v => v * 2)[0], accepted: true })", scope, false, default);
                Assert.Equal($"p{n}", value!["part"]!.GetValue<string>());
                Assert.Equal(2L * n, value["twice"]!.GetValue<long>());
                Assert.True(value["accepted"]!.GetValue<bool>());
            }
        })).ToArray();
        await Task.WhenAll(tasks);
    }
}
