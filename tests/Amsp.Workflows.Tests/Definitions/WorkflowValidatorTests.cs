using System.Text.Json.Nodes;
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

    [Fact]
    public void A_definition_needs_a_name_and_a_draft_without_one_is_not_saved()
    {
        var nameless = new Flow("nameless").Activity("start", "Start").Build();
        nameless.Name = " ";
        using var services = TestEngine.InMemory().Services;
        var validator = (WorkflowValidator)services.GetService(typeof(WorkflowValidator))!;
        Assert.Contains(validator.Validate(nameless), e => e.Code == "MissingName");

        var definitions = (WorkflowDefinitionService)services.GetService(typeof(WorkflowDefinitionService))!;
        var refused = Assert.Throws<WorkflowValidationException>(() => definitions.SaveDraftAsync(nameless).GetAwaiter().GetResult());
        Assert.Equal("MissingName", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public void Two_identical_connections_are_rejected()
    {
        var errors = Validate(new Flow("twice").Activity("start", "Start").Activity("a", "Log", ("Message", Lit("hi"))).Connect("start", "a").Connect("start", "a"));
        var error = Assert.Single(errors);
        Assert.Equal(("DuplicateConnection", "start"), (error.Code, error.ActivityId));
        Assert.Contains("start:Done->a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fork_or_an_activity_with_more_branches_than_the_limit_is_rejected()
    {
        var branches = new JsonArray([.. Enumerable.Range(0, 257).Select(i => (JsonNode)$"b{i}")]);
        var flow = new Flow("wide").Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(branches))).Activity("end", "End").Connect("start", "fork");
        for (var i = 0; i < 257; i++) flow.Connect("fork", "end", $"b{i}");
        var errors = Validate(flow);
        Assert.Equal(2, errors.Count(e => e is { Code: "TooManyBranches", ActivityId: "fork" }));
        Assert.Contains(errors, e => e.Message == "Fork 'fork' has 257 branches; at most 256 are allowed (Limits.MaxBranches).");

        var atLimit = new Flow("fits").Activity("start", "Start").Activity("fork", "Fork", ("Branches", Lit(new JsonArray([.. branches.Take(256).Select(b => b!.DeepClone())]))))
            .Activity("end", "End").Connect("start", "fork");
        for (var i = 0; i < 256; i++) atLimit.Connect("fork", "end", $"b{i}");
        Assert.Empty(Validate(atLimit));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(100_001, null)]
    [InlineData(null, "00:00:00")]
    [InlineData(null, "00:00:31")]
    public void A_budget_override_must_stay_within_the_engines_budget(int? maxActivities, string? maxDuration)
    {
        var errors = Validate(new Flow("budget").Budget(maxActivities, maxDuration is null ? null : TimeSpan.Parse(maxDuration, System.Globalization.CultureInfo.InvariantCulture))
            .Activity("start", "Start"));
        Assert.Equal("InvalidBudget", Assert.Single(errors).Code);
    }
}
