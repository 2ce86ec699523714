using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
/// <remarks>
/// <para>
/// Creating a Jint engine costs far more than evaluating a typical expression, so scripts that provably cannot
/// leave state behind — only expression statements, no assignment, <c>++</c>/<c>--</c>, <c>delete</c>,
/// <c>new</c>, classes, tagged templates, <c>with</c>, <c>eval</c>, <c>import()</c>, <c>yield</c>/<c>await</c>
/// (see <see cref="JavaScriptReuse"/>) — run on engines from a small pool. Everything else (statement scripts
/// with declarations or assignments, e.g. most RunJavaScript scripts) runs on a fresh engine, as always.
/// </para>
/// <para>
/// Pooled engines are hardened once: every built-in reachable from the global object is frozen and the global
/// built-in bindings are read-only, so what a call such as <c>Object.assign(Math, …)</c> or
/// <c>[].push.call(Array.prototype, 1)</c> would change cannot reach a later script. An engine whose global object
/// changed (e.g. <c>Object.defineProperty(globalThis, …)</c>) or whose evaluation exceeded a limit or was cancelled
/// is discarded. Functions that schedule work the host runs later (<c>FinalizationRegistry.prototype.register</c>,
/// <c>Atomics.waitAsync</c>, <c>ShadowRealm.prototype.evaluate</c>/<c>importValue</c>), which could otherwise run
/// during a later evaluation on the same engine, are stand-ins that throw a TypeError. The limits and the caller's
/// cancellation apply per evaluation, exactly as on a fresh engine.
/// </para>
/// <para>
/// The one semantic difference: on a pooled engine the built-ins are frozen, and a script that tries to change
/// one through a call sees them frozen. Attempts that throw (<c>Object.assign</c>, <c>Object.defineProperty</c>,
/// <c>Array.prototype.push.call</c>, and assigning an inherited built-in name such as <c>toString</c> with
/// <c>Object.assign</c>) raise a TypeError, and a TypeError on a pooled engine is answered by evaluating the script
/// again on a fresh engine within the remaining time limit, so their outcome is the fresh engine's. What does not
/// throw differs: <c>Reflect.set</c>, <c>Reflect.defineProperty</c>, <c>Reflect.deleteProperty</c> and
/// <c>Reflect.setPrototypeOf</c> on a built-in return false, <c>Object.isFrozen(Math)</c> is true, and the four
/// stand-ins differ from the originals under reflection (the sloppy-mode silent failure of an assignment cannot
/// occur: assignments always get a fresh engine).
/// </para>
/// </remarks>
public sealed class JavaScriptEvaluator(JavaScriptOptions options) : IExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, PreparedScript> _prepared = new(StringComparer.Ordinal);
    private readonly JavaScriptEnginePool _pool = new(options);

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
        var prepared = Prepare(code);
        try
        {
            if (!prepared.Reusable) return RunFresh(prepared.Script, prepared.Bindings, scope, writeBackVariables, options.Timeout, cancellationToken);
            var started = Stopwatch.GetTimestamp();
            if (TryRunPooled(prepared.Script, prepared.Bindings, scope, writeBackVariables, cancellationToken, out var result)) return result;
            // The pooled engine raised a TypeError, possibly because of its frozen built-ins: a fresh engine decides,
            // within what is left of the time limit.
            var remaining = options.Timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero) throw new TimeoutException();
            return RunFresh(prepared.Script, prepared.Bindings, scope, writeBackVariables, remaining, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or RegexMatchTimeoutException)
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

    /// <summary>Whether <paramref name="code"/> runs on pooled engines (exposed for tests).</summary>
    /// <exception cref="ExpressionException">A syntax error.</exception>
    internal bool IsReusable(string code) => Prepare(code).Reusable;

    private JsonNode? RunFresh(Prepared<Script> script, ScriptBindings bindings, ExpressionScope scope, bool writeBackVariables, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var engine = new Engine(o =>
        {
            o.TimeoutInterval(timeout)
                .MaxStatements(options.MaxStatements)
                .LimitMemory(options.MemoryLimitBytes)
                .LimitRecursion(options.MaxRecursionDepth)
                .CancellationToken(cancellationToken);
            // The time limit is checked between statements; one regular expression match is bounded by this.
            o.Constraints.RegexTimeout = timeout;
        });
        return Execute(engine, script, bindings, scope, writeBackVariables, pooled: null);
    }

    /// <summary>
    /// Evaluates on a pooled engine. False (scope untouched) when the script raised a TypeError, which must be
    /// confirmed on a fresh engine; any other failure propagates.
    /// </summary>
    /// <remarks>
    /// After a script error the engine may still be reused: for Jint a script error is an ordinary abrupt completion,
    /// unwound the same way as an exception caught inside a script, and the same cleanliness check as after a
    /// success decides (re-hardening an engine costs about as much as a hundred fresh engines, and failing
    /// expressions must not make every later evaluation pay for it). After an exceeded limit or a cancellation,
    /// which abort the interpreter from outside the script's semantics, the engine is discarded.
    /// </remarks>
    private bool TryRunPooled(Prepared<Script> script, ScriptBindings bindings, ExpressionScope scope, bool writeBackVariables,
        CancellationToken cancellationToken, out JsonNode? result)
    {
        var pooled = _pool.Rent();
        if (pooled is null)
        {
            result = RunFresh(script, bindings, scope, writeBackVariables, options.Timeout, cancellationToken);
            return true;
        }
        var reusable = false;
        try
        {
            pooled.Begin(cancellationToken);
            result = Execute(pooled.Engine, script, bindings, scope, writeBackVariables, pooled);
            reusable = true;
            return true;
        }
        catch (JavaScriptException ex)
        {
            reusable = true;
            if (!pooled.IsTypeError(ex)) throw;
            result = null;
            return false;
        }
        finally
        {
            _pool.Return(pooled, reusable);
        }
    }

    private static JsonNode? Execute(Engine engine, Prepared<Script> script, ScriptBindings bindings, ExpressionScope scope,
        bool writeBackVariables, PooledJavaScriptEngine? pooled)
    {
        // Only what the script can observe is converted (JavaScriptBindings); the rest is bound to undefined.
        var needsVariables = writeBackVariables || bindings.HasFlag(ScriptBindings.Variables);
        var variables = needsVariables ? JsonToJavaScript.Convert(engine, scope.Variables) : JsValue.Undefined;
        engine.SetValue("variables", variables);
        engine.SetValue("input", bindings.HasFlag(ScriptBindings.Input) ? JsonToJavaScript.Convert(engine, scope.Input) : JsValue.Undefined);
        engine.SetValue("outputs", bindings.HasFlag(ScriptBindings.Outputs) ? JsonToJavaScript.Convert(engine, scope.Outputs) : JsValue.Undefined);
        if (needsVariables) engine.SetValue("getVariable", new Func<string, JsValue>(name => variables.AsObject().Get(name)));
        else engine.SetValue("getVariable", JsValue.Undefined);
        var result = engine.Evaluate(script);
        var changed = writeBackVariables ? ToNode(engine, variables) as JsonObject : null;
        if (changed is not null) CheckSizes(changed, scope.MaxVariableBytes);
        JsonNode? node;
        try
        {
            node = ToNode(engine, result);
        }
        catch (Exception ex) when (!(pooled is not null && ex is JavaScriptException js && pooled.IsTypeError(js)))
        {
            // As it always was: the variables are written back even when converting the result fails. A TypeError
            // on a pooled engine instead leaves the scope untouched for the fresh engine that evaluates again.
            WriteBack(scope, changed);
            throw;
        }
        WriteBack(scope, changed);
        return node;
    }

    /// <summary>Refuses, before anything is written back, a variable larger than the scope allows.</summary>
    private static void CheckSizes(JsonObject variables, int limit)
    {
        if (limit == int.MaxValue) return;
        foreach (var (name, value) in variables)
        {
            if (Runtime.JsonSize.Measure(value, limit) > limit)
            {
                throw new Runtime.WorkflowLimitExceededException(
                    $"Variable '{name}' would hold more than {limit:N0} bytes of JSON, the limit (Limits.MaxVariableBytes).");
            }
        }
    }

    private static void WriteBack(ExpressionScope scope, JsonObject? changed)
    {
        if (changed is null) return;
        foreach (var (name, node) in changed.ToList())
        {
            changed.Remove(name);
            scope.Variables[name] = node;
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

    private PreparedScript Prepare(string code)
    {
        if (_prepared.TryGetValue(code, out var prepared)) return prepared;
        Prepared<Script> script;
        try
        {
            script = Engine.PrepareScript(code);
        }
        catch (Exception ex) when (ex is ScriptPreparationException or ParseErrorException)
        {
            throw new ExpressionException($"JavaScript syntax error: {(ex.InnerException ?? ex).Message}", ex);
        }
        // Bounded so that generated scripts cannot grow the cache without limit.
        prepared = new PreparedScript(script, script.Program is { } program && JavaScriptReuse.IsReusable(program),
            script.Program is { } parsed ? JavaScriptBindings.Referenced(parsed) : ScriptBindings.All);
        if (_prepared.Count < 10_000) _prepared.TryAdd(code, prepared);
        return prepared;
    }

    /// <param name="Script">The parsed script.</param>
    /// <param name="Reusable">Whether it may run on a pooled engine (<see cref="JavaScriptReuse"/>).</param>
    /// <param name="Bindings">The scope bindings it can observe (<see cref="JavaScriptBindings"/>).</param>
    private sealed record PreparedScript(Prepared<Script> Script, bool Reusable, ScriptBindings Bindings);

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
