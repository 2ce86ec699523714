using Acornima;
using Acornima.Ast;

namespace Amsp.Workflows.Expressions;

/// <summary>
/// Decides, from a script's syntax tree, whether it may run on a pooled (reused) Jint engine.
/// </summary>
/// <remarks>
/// <para>
/// A fresh engine starts from the pristine intrinsics and an empty global scope. A reused engine gives every
/// script exactly that only if no earlier script could leave state behind. State can be left in three places:
/// the global scope (global <c>var</c>/<c>let</c>/<c>const</c>/<c>function</c>/<c>class</c> bindings, implicit
/// globals created by assigning an undeclared name in sloppy code), the global object, and objects reachable
/// from it (the built-ins). This classifier rules out the syntax that writes those places directly; the pool
/// (<see cref="PooledJavaScriptEngine"/>) covers what calls can still do at run time: built-ins are frozen, and
/// an engine whose global object changed is discarded.
/// </para>
/// <para>
/// Why the rules are sufficient:
/// </para>
/// <list type="bullet">
/// <item>Only top-level declarations create global bindings. Every top-level statement must therefore be an
/// expression statement (directives such as <c>"use strict"</c> are expression statements too). Declarations
/// inside a function or arrow body bind in that function's own environment, which exists only while the call
/// runs: they are local and allowed. The walk still covers function bodies, so everything else below applies
/// inside them too.</item>
/// <item>Without assignment (<c>=</c>, <c>+=</c>, destructuring assignment), <c>++</c>/<c>--</c>, <c>delete</c>
/// and <c>for (x in/of …)</c> over a non-declared target, a script cannot write a variable or a property by
/// syntax: it cannot create an implicit global, overwrite a built-in (<c>Math.max = …</c>) or remove one.
/// Writes through calls (<c>Object.assign(Math, …)</c>) are what the pool's hardening handles.</item>
/// <item><c>with</c> turns property writes into variable writes; direct <c>eval</c> can declare in the calling
/// scope (for top-level code: the global scope); both are excluded. <c>eval</c> is excluded by name anywhere, so
/// only indirect evaluation of strings remains, whose <c>let</c>/<c>const</c> stay local to the evaluated code
/// and whose <c>var</c>/<c>function</c> become properties of the global object, which the pool detects.</item>
/// <item>Classes, <c>new</c>, tagged templates (their template objects are cached per realm), <c>import()</c>
/// (module state), <c>yield</c> and <c>await</c> (suspended executions outliving the evaluation) are excluded
/// to keep reusable expressions to the simple, stateless shapes expressions actually have.</item>
/// </list>
/// </remarks>
internal static class JavaScriptReuse
{
    /// <summary>Whether <paramref name="script"/> may run on a pooled engine.</summary>
    public static bool IsReusable(Script script)
    {
        foreach (var statement in script.Body)
        {
            if (statement is not ExpressionStatement) return false;
        }
        var pending = new Stack<Node>();
        pending.Push(script);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (Disqualifies(node)) return false;
            foreach (var child in node.ChildNodes)
            {
                pending.Push(child);
            }
        }
        return true;
    }

    private static bool Disqualifies(Node node) => node switch
    {
        AssignmentExpression or UpdateExpression => true,
        UnaryExpression { Operator: Operator.Delete } => true,
        ClassDeclaration or ClassExpression => true,
        ImportExpression or NewExpression or TaggedTemplateExpression => true,
        WithStatement => true,
        YieldExpression or AwaitExpression or ForOfStatement { Await: true } => true,
        Identifier { Name: "eval" } => true,
        // for (x in o) / for (o.p of a) assign to their left side; for (const x of a) declares a local.
        ForInStatement { Left: not VariableDeclaration } => true,
        ForOfStatement { Left: not VariableDeclaration } => true,
        _ => false,
    };
}
