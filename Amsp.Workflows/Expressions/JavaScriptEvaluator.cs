using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Expressions;

/// <summary>
/// JavaScript through Jint, sandboxed: no CLR access (AllowClr is never called, so <c>System</c>,
/// <c>importNamespace</c> and host objects do not exist), with time, statement, memory and recursion limits.
/// Scripts see <c>variables</c>, <c>input</c>, <c>outputs</c> and <c>getVariable(name)</c>; a script's last
/// expression is its value.
/// </summary>
public sealed class JavaScriptEvaluator(JavaScriptOptions options) : IExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, Prepared<Script>> _prepared = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Syntax => ExpressionSyntax.JavaScript;

    /// <inheritdoc />
    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, ExpressionScope scope, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(value?.ToString() ?? "", scope, writeBackVariables: false, cancellationToken));

    /// <summary>
    /// Runs a script; when <paramref name="writeBackVariables"/> is set, changes the script makes to
    /// <c>variables</c> are written back to the scope (RunJavaScript).
    /// </summary>
    /// <exception cref="ExpressionException">A syntax error, a script error or an exceeded limit.</exception>
    public JsonNode? Run(string code, ExpressionScope scope, bool writeBackVariables, CancellationToken cancellationToken)
    {
        var script = Prepare(code);
        var engine = new Engine(o => o
            .TimeoutInterval(options.Timeout)
            .MaxStatements(options.MaxStatements)
            .LimitMemory(options.MemoryLimitBytes)
            .LimitRecursion(options.MaxRecursionDepth)
            .CancellationToken(cancellationToken));
        try
        {
            var parser = new Jint.Native.Json.JsonParser(engine);
            var variables = parser.Parse(scope.Variables.ToJsonString());
            engine.SetValue("variables", variables);
            engine.SetValue("input", parser.Parse(scope.Input.ToJsonString()));
            engine.SetValue("outputs", parser.Parse(scope.Outputs.ToJsonString()));
            engine.SetValue("getVariable", new Func<string, JsValue>(name => variables.AsObject().Get(name)));
            var result = engine.Evaluate(script);
            if (writeBackVariables && ToNode(engine, variables) is JsonObject changed)
            {
                foreach (var (name, node) in changed.ToList())
                {
                    changed.Remove(name);
                    scope.Variables[name] = node;
                }
            }
            return ToNode(engine, result);
        }
        catch (TimeoutException)
        {
            throw new ExpressionException($"JavaScript exceeded its time limit of {options.Timeout.TotalMilliseconds:0} ms.");
        }
        catch (StatementsCountOverflowException)
        {
            throw new ExpressionException($"JavaScript exceeded its limit of {options.MaxStatements} statements.");
        }
        catch (MemoryLimitExceededException)
        {
            throw new ExpressionException($"JavaScript exceeded its memory limit of {options.MemoryLimitBytes} bytes.");
        }
        catch (RecursionDepthOverflowException)
        {
            throw new ExpressionException($"JavaScript exceeded its recursion limit of {options.MaxRecursionDepth} calls.");
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException($"JavaScript error: {ex.Message}", ex);
        }
        catch (ExecutionCanceledException ex)
        {
            throw new OperationCanceledException("JavaScript evaluation was cancelled.", ex, cancellationToken);
        }
    }

    /// <inheritdoc />
    public string? Check(JsonNode? value)
    {
        try
        {
            Prepare(value?.ToString() ?? "");
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    private Prepared<Script> Prepare(string code)
    {
        if (_prepared.TryGetValue(code, out var script)) return script;
        try
        {
            script = Engine.PrepareScript(code);
        }
        catch (Exception ex) when (ex is ScriptPreparationException or ParseErrorException)
        {
            throw new ExpressionException($"JavaScript syntax error: {(ex.InnerException ?? ex).Message}", ex);
        }
        // Bounded so that generated scripts cannot grow the cache without limit.
        if (_prepared.Count < 10_000) _prepared.TryAdd(code, script);
        return script;
    }

    private static JsonNode? ToNode(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsString()) return JsonValue.Create(value.AsString());
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return double.IsFinite(number) && number == Math.Floor(number) && Math.Abs(number) < 1e15
                ? JsonValue.Create((long)number)
                : JsonValue.Create(number);
        }
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }
}
