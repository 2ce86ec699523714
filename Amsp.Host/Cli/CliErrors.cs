using System.CommandLine;

namespace Amsp.Host.Cli;

/// <summary>Turns a failure of a verb into one line on stderr and a non-zero exit, never a stack trace.</summary>
public static class CliErrors
{
    public const int Failure = 2;

    /// <summary>The program's name at the start of an error line: <c>amsp</c>, or <c>amsp-mesh</c> for that executable.</summary>
    public static string ProgramName { get; set; } = "amsp";

    public static int Guard(ParseResult parseResult, Func<int> verb)
    {
        try
        {
            return verb();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Report(parseResult, e);
        }
    }

    public static async Task<int> GuardAsync(ParseResult parseResult, Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Report(parseResult, e);
        }
    }

    private static int Report(ParseResult parseResult, Exception e)
    {
        var message = e is AggregateException { InnerException: { } inner } ? inner.Message : e.Message;
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? ProgramName : result.Command.Name);
        }
        var verb = string.Join(' ', names);
        parseResult.InvocationConfiguration.Error.WriteLine($"{verb}: {message.ReplaceLineEndings(" ")}");
        return Failure;
    }
}
