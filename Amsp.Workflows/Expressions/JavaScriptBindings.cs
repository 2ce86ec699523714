using Acornima.Ast;

namespace Amsp.Workflows.Expressions;

/// <summary>The scope bindings a script can observe; the others are not converted for it.</summary>
[Flags]
internal enum ScriptBindings
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary><c>variables</c> and <c>getVariable</c>.</summary>
    Variables = 1,

    /// <summary><c>input</c>.</summary>
    Input = 2,

    /// <summary><c>outputs</c>.</summary>
    Outputs = 4,

    /// <summary>All of them.</summary>
    All = Variables | Input | Outputs,
}

/// <summary>
/// Which of <c>variables</c>, <c>input</c> and <c>outputs</c> a script names. Converting a binding costs a JSON
/// round trip of its whole value per evaluation (the input of an HTTP-started workflow carries the request's headers
/// and body), so a binding the script cannot reach is left undefined.
/// </summary>
/// <remarks>
/// A script reaches a global binding by its name, or through the global object: <c>this</c>, <c>globalThis</c>, a
/// function made from a string (<c>Function</c>, <c>eval</c>, <c>.constructor</c> of any function) or a computed
/// property name that could spell any of these. Any of those, anywhere in the script, binds everything. Names are
/// matched wherever they appear (a property called <c>input</c> binds <c>input</c> too): binding more than needed is
/// only slower, never different.
/// </remarks>
internal static class JavaScriptBindings
{
    private static readonly HashSet<string> Dynamic = new(StringComparer.Ordinal) { "globalThis", "eval", "Function", "constructor" };

    /// <summary>The bindings <paramref name="script"/> can observe.</summary>
    public static ScriptBindings Referenced(Script script)
    {
        var found = ScriptBindings.None;
        var pending = new Stack<Node>();
        pending.Push(script);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ThisExpression or MemberExpression { Computed: true, Property: not Literal }) return ScriptBindings.All;
            // A name counts wherever it stands: as an identifier, or as a string that could be a property key.
            var name = node switch
            {
                Identifier identifier => identifier.Name,
                Literal { Value: string text } => text,
                _ => null,
            };
            switch (name)
            {
                case not null when Dynamic.Contains(name):
                    return ScriptBindings.All;
                case "variables" or "getVariable":
                    found |= ScriptBindings.Variables;
                    break;
                case "input":
                    found |= ScriptBindings.Input;
                    break;
                case "outputs":
                    found |= ScriptBindings.Outputs;
                    break;
            }
            foreach (var child in node.ChildNodes)
            {
                pending.Push(child);
            }
        }
        return found;
    }
}
