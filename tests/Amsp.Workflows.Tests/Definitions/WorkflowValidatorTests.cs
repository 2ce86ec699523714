using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Tests.TestSupport;
using static Amsp.Workflows.Tests.TestSupport.Flow;

namespace Amsp.Workflows.Tests.Definitions;

public sealed class WorkflowValidatorTests
{
    private static IReadOnlyList<ValidationError> Validate(Flow flow)
    {
        using var engine = TestEngine.InMemory().Services;
        return engine.GetService(typeof(WorkflowValidator)) is WorkflowValidator v ? v.Validate(flow.Build()) : throw new InvalidOperationException();
    }

    [Fact]
    public void A_valid_flowchart_has_no_errors()
    {
        var errors = Validate(new Flow("ok").Activity("start", "Start").Activity("d", "Decision", ("Condition", Js("1 > 0"))).Activity("end", "End")
            .Connect("start", "d").Connect("d", "end", "True"));
        Assert.Empty(errors);
    }

    [Fact]
    public void Errors_name_the_activity_and_input()
    {
        var errors = Validate(new Flow("bad")
            .Activity("start", "Start")
            .Activity("x", "Teleport")
            .Activity("d", "Decision")
            .Activity("js", "Decision", ("Condition", Js("variables.total >")))
            .Activity("v", "SetVariable", ("Variable", Lit("n")), ("Value", Expression.Variable("missing")))
            .Connect("start", "d").Connect("d", "ghost", "True").Connect("d", "js", "Maybe"));

        Assert.Contains(errors, e => e is { Code: "UnknownActivityType", ActivityId: "x" });
        Assert.Contains(errors, e => e is { Code: "MissingInput", ActivityId: "d", InputName: "Condition" });
        Assert.Contains(errors, e => e is { Code: "BadExpression", ActivityId: "js", InputName: "Condition" } && e.Message.Contains("syntax", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e is { Code: "UnknownVariable", ActivityId: "v", InputName: "Value" });
        Assert.Contains(errors, e => e is { Code: "DanglingConnection", ActivityId: "ghost" });
        Assert.Contains(errors, e => e is { Code: "UnknownOutcome", ActivityId: "d" } && e.Message.Contains("Maybe", StringComparison.Ordinal));
    }

    [Fact]
    public void Literals_that_do_not_fit_the_input_type_are_rejected()
    {
        var errors = Validate(new Flow("literals")
            .Activity("start", "Start")
            .Activity("d", "Decision", ("Condition", Lit("abc")))
            .Activity("wait", "Delay", ("Duration", Lit("ten minutes")))
            .Activity("join", "Join", ("Mode", Lit("Sometimes")))
            .Activity("ok", "Delay", ("Duration", Lit("00:10:00")))
            .Chain("start", "d").Connect("d", "wait", "True").Chain("wait", "join", "ok"));

        Assert.Equal(["d", "join", "wait"], errors.Where(e => e.Code == "InvalidLiteral").Select(e => e.ActivityId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_flowchart_without_start_is_rejected()
    {
        Assert.Contains(Validate(new Flow("nostart").Activity("end", "End")), e => e.Code == "NoStart");
    }

    [Fact]
    public void A_script_with_bad_syntax_in_RunJavaScript_is_rejected()
    {
        var errors = Validate(new Flow("js").Activity("start", "Start").Activity("run", "RunJavaScript", ("Script", Lit("let x = ;"))).Chain("start", "run"));
        Assert.Contains(errors, e => e is { Code: "BadScript", ActivityId: "run", InputName: "Script" });
    }

    [Fact]
    public void Liquid_with_bad_syntax_is_rejected()
    {
        var errors = Validate(new Flow("liquid").Activity("start", "Start").Activity("log", "Log", ("Message", Liquid("{% if %}"))).Chain("start", "log"));
        Assert.Contains(errors, e => e is { Code: "BadExpression", ActivityId: "log" });
    }
}
