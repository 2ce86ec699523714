using System.Collections.Concurrent;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Amsp.Workflows.Expressions;

/// <summary>
/// A small bounded pool of hardened Jint engines for scripts <see cref="JavaScriptReuse"/> classified as
/// reusable. Thread-safe. An engine is rented for one evaluation and comes back only if it is provably clean.
/// </summary>
internal sealed class JavaScriptEnginePool(JavaScriptOptions options)
{
    private readonly ConcurrentBag<PooledJavaScriptEngine> _idle = [];
    private readonly int _capacity = Environment.ProcessorCount * 2;
    private int _live;
    private volatile bool _disabled;

    /// <summary>
    /// An idle engine, a new one, or null: when as many pooled engines as the pool holds are all in use (a fresh
    /// engine is far cheaper than hardening one more), or when pooled engines cannot be created with these options.
    /// </summary>
    public PooledJavaScriptEngine? Rent()
    {
        if (_idle.TryTake(out var engine)) return engine;
        if (_disabled) return null;
        if (Interlocked.Increment(ref _live) > _capacity)
        {
            Interlocked.Decrement(ref _live);
            return null;
        }
        try
        {
            return new PooledJavaScriptEngine(options);
        }
        catch (Exception ex) when (ex is JavaScriptException or StatementsCountOverflowException or MemoryLimitExceededException
                                       or TimeoutException or System.Text.RegularExpressions.RegexMatchTimeoutException or RecursionDepthOverflowException)
        {
            // The limits are too tight even for hardening (e.g. a tiny statement limit): use fresh engines only.
            Interlocked.Decrement(ref _live);
            _disabled = true;
            return null;
        }
    }

    /// <summary>Gives back a rented engine; it is reused only if <see cref="PooledJavaScriptEngine.TryReset"/> succeeds.</summary>
    public void Return(PooledJavaScriptEngine engine, bool reusable)
    {
        if (reusable && engine.TryReset())
        {
            _idle.Add(engine);
        }
        else
        {
            Interlocked.Decrement(ref _live);
        }
    }
}

/// <summary>
/// A Jint engine hardened for reuse: built-ins frozen, global built-in bindings read-only, limits and the
/// caller's cancellation applied per evaluation, and a cleanliness check after each evaluation.
/// </summary>
internal sealed class PooledJavaScriptEngine
{
    /// <summary>The per-evaluation bindings scripts see.</summary>
    public static readonly string[] Bindings = ["variables", "input", "outputs", "getVariable"];

    /// <summary>
    /// Engines are retired after this many evaluations, which bounds state that is invisible to scripts but
    /// grows (the global symbol registry of <c>Symbol.for</c>).
    /// </summary>
    private const int MaxEvaluations = 10_000;

    // Never cancelled: it only makes Jint install its CancellationConstraint, whose token is replaced per evaluation.
    private static readonly CancellationTokenSource NeverCancelled = new();

    // Creates one instance of each built-in whose prototype is not reachable through properties of the global
    // object, so that hardening freezes those prototypes too (%ArrayIteratorPrototype%, %GeneratorFunction%, …).
    private const string HiddenIntrinsicsScript = """
        (() => {
          const probes = [
            () => [][Symbol.iterator](),
            () => ''[Symbol.iterator](),
            () => new Map()[Symbol.iterator](),
            () => new Set()[Symbol.iterator](),
            () => /(?:)/[Symbol.matchAll](''),
            () => [].values().map(x => x),
            () => Iterator.from({ next() { return { done: true }; } }),
            () => function* () {},
            () => (function* () {})(),
            () => async function () {},
            () => async () => {},
            () => async function* () {},
            () => (async function* () {})(),
            () => (async function* () {})().map(x => x),
            () => AsyncIterator.from({ next() { return Promise.resolve({ done: true }); } }),
            () => Promise.resolve(),
            () => (function () { return arguments; })(),
            () => (function () { 'use strict'; return arguments; })(),
          ];
          const found = [];
          for (const probe of probes) {
            try { found.push(probe()); } catch { }
          }
          return found;
        })()
        """;

    // The built-ins through which a script can schedule work that the host runs later, during a later evaluation on
    // the same engine: finalization callbacks (after a garbage collection), Atomics.waitAsync timeouts, and shadow
    // realms (whose own intrinsics are not hardened and can do both). A fresh engine is thrown away before such work
    // could run into another script; on a pooled engine it could, so these functions are replaced by stand-ins that
    // throw a TypeError, and the evaluator answers a TypeError by evaluating again on a fresh engine.
    private const string DeferredWorkScript = """
        (() => {
          const replace = (target, name) => {
            if (target === undefined || typeof target[name] !== 'function') return;
            const length = target[name].length;
            const standIn = { [name](...args) { throw new TypeError(name + ' is not available on a pooled engine'); } }[name];
            Object.defineProperty(standIn, 'length', { value: length });
            Object.defineProperty(target, name, { value: standIn });
          };
          if (typeof FinalizationRegistry === 'function') replace(FinalizationRegistry.prototype, 'register');
          if (typeof Atomics === 'object') replace(Atomics, 'waitAsync');
          if (typeof ShadowRealm === 'function') {
            replace(ShadowRealm.prototype, 'evaluate');
            replace(ShadowRealm.prototype, 'importValue');
          }
        })()
        """;

    // Resets the legacy RegExp statics (RegExp.$1, RegExp.lastMatch, RegExp.input, …) to their initial values.
    private static readonly Prepared<Acornima.Ast.Script> ResetRegExpStatics = Engine.PrepareScript("/(?:)/.exec('')");

    private static readonly string[] RegExpStatics = ["input", "lastMatch", "leftContext", "rightContext"];

    private readonly CancellationConstraint _cancellation;
    private readonly ObjectInstance _global;
    private readonly ObjectInstance? _globalPrototype;
    private readonly int _globalKeyCount;
    private readonly ObjectInstance _regExp;
    private readonly JsValue _typeErrorPrototype;
    private int _evaluations;

    /// <summary>Creates and hardens an engine with the evaluator's limits.</summary>
    public PooledJavaScriptEngine(JavaScriptOptions options)
    {
        Engine = new Engine(o =>
        {
            o.TimeoutInterval(options.Timeout)
                .MaxStatements(options.MaxStatements)
                .LimitMemory(options.MemoryLimitBytes)
                .LimitRecursion(options.MaxRecursionDepth)
                .CancellationToken(NeverCancelled.Token);
            o.Constraints.RegexTimeout = options.Timeout;
        });
        _cancellation = Engine.Constraints.Find<CancellationConstraint>()
            ?? throw new InvalidOperationException("Jint did not install its cancellation constraint.");
        _global = Engine.Global;
        Harden();
        foreach (var name in Bindings)
        {
            Engine.SetValue(name, JsValue.Undefined);
        }
        _globalPrototype = _global.Prototype;
        _globalKeyCount = _global.GetOwnPropertyKeys().Count;
        _regExp = _global.Get("RegExp").AsObject();
        _typeErrorPrototype = _global.Get("TypeError").AsObject().Get("prototype");
    }

    /// <summary>The engine. Use only between <see cref="Begin"/> and <see cref="TryReset"/>.</summary>
    public Engine Engine { get; }

    /// <summary>Applies the caller's cancellation token to the next evaluation.</summary>
    /// <remarks>
    /// Jint resets the time, statement and memory constraints itself at the start of every evaluation
    /// (<see cref="Constraint.Reset()"/>); the cancellation constraint's reset keeps its token, so it is set here.
    /// </remarks>
    public void Begin(CancellationToken cancellationToken) => _cancellation.Reset(cancellationToken);

    /// <summary>
    /// Ends an evaluation that completed or failed with a script error: true, with the bindings cleared, when the
    /// engine is as clean as after hardening and may be reused; false when it must be discarded.
    /// </summary>
    public bool TryReset()
    {
        _cancellation.Reset(default);
        if (++_evaluations >= MaxEvaluations || !IsClean()) return false;
        foreach (var name in Bindings)
        {
            Engine.SetValue(name, JsValue.Undefined);
        }
        return true;
    }

    /// <summary>Whether a script error is a TypeError (the only error hardening can cause).</summary>
    public bool IsTypeError(JavaScriptException exception) =>
        exception.Error is JsError error && ReferenceEquals(error.Prototype, _typeErrorPrototype);

    private bool IsClean()
    {
        // Built-ins are frozen and the global built-in bindings non-configurable, so a script can only have added
        // globals (through calls such as Object.defineProperty(globalThis, …) or sloppy code run from strings),
        // replaced or redefined one of the four bindings, or changed the global object's own integrity or prototype.
        if (!_global.Extensible || !ReferenceEquals(_global.Prototype, _globalPrototype)) return false;
        if (_global.GetOwnPropertyKeys().Count != _globalKeyCount) return false;
        foreach (var name in Bindings)
        {
            var descriptor = _global.GetOwnProperty(name);
            if (descriptor == PropertyDescriptor.Undefined || descriptor.IsAccessorDescriptor()
                || !descriptor.Writable || !descriptor.Enumerable || !descriptor.Configurable)
            {
                return false;
            }
        }
        // The legacy RegExp statics are engine state that every regular expression match updates.
        if (RegExpStaticsAreSet())
        {
            Engine.Evaluate(ResetRegExpStatics);
            if (RegExpStaticsAreSet()) return false;
        }
        return true;
    }

    // Every legacy static is a substring of the last input or the input itself: all empty means all initial.
    private bool RegExpStaticsAreSet()
    {
        foreach (var name in RegExpStatics)
        {
            var value = _regExp.Get(name);
            if (!value.IsString() || value.AsString().Length != 0) return true;
        }
        return false;
    }

    private void Harden()
    {
        var freeze = _global.Get("Object").AsObject().Get("freeze");
        var visited = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ObjectInstance>();
        void Visit(JsValue? value)
        {
            if (value is ObjectInstance o && !ReferenceEquals(o, _global) && visited.Add(o)) pending.Push(o);
        }
        void VisitProperty(PropertyDescriptor descriptor)
        {
            if (descriptor.IsAccessorDescriptor())
            {
                Visit(descriptor.Get);
                Visit(descriptor.Set);
            }
            else
            {
                Visit(descriptor.Value);
            }
        }

        Engine.Evaluate(DeferredWorkScript);
        var globalKeys = _global.GetOwnPropertyKeys();
        foreach (var key in globalKeys)
        {
            VisitProperty(_global.GetOwnProperty(key));
        }
        Visit(_global.Prototype);
        if (Engine.Evaluate(HiddenIntrinsicsScript) is ObjectInstance hidden)
        {
            foreach (var key in hidden.GetOwnPropertyKeys())
            {
                VisitProperty(hidden.GetOwnProperty(key));
            }
        }
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            Visit(current.Prototype);
            foreach (var key in current.GetOwnPropertyKeys())
            {
                VisitProperty(current.GetOwnProperty(key));
            }
        }
        foreach (var o in visited)
        {
            Engine.Invoke(freeze, o);
        }
        // The global object stays extensible for the bindings; its built-in properties become read-only.
        foreach (var key in globalKeys)
        {
            var descriptor = _global.GetOwnProperty(key);
            var hardened = descriptor.IsAccessorDescriptor()
                ? new GetSetPropertyDescriptor(descriptor.Get, descriptor.Set, descriptor.Enumerable, configurable: false)
                : new PropertyDescriptor(descriptor.Value, writable: false, descriptor.Enumerable, configurable: false);
            if (!_global.DefineOwnProperty(key, hardened))
            {
                throw new InvalidOperationException($"Could not harden the global '{key}'.");
            }
        }
    }
}
