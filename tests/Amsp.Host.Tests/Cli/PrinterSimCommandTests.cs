using System.CommandLine;
using Amsp.Host.Cli;

namespace Amsp.Host.Tests.Cli;

public sealed class PrinterSimCommandTests
{
    [Theory]
    [InlineData("--port", "70000", "--port must be 0..65535")]
    [InlineData("--port", "0", "--count", "0", "--count must be 1..100")]
    [InlineData("--port", "0", "--speed", "-5", "Speed must be a positive number")]
    [InlineData("--port", "0", "--api-key", "", "--api-key must not be empty")]
    [InlineData("--port", "abc", "abc")]
    [InlineData("--speed", "600", "--port")]
    public async Task Bad_arguments_are_a_non_zero_exit_with_one_line_on_stderr(params string[] argsThenMessage)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["printer-sim", .. argsThenMessage[..^1]];
        var exit = await AmspCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        Assert.NotEqual(0, exit);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.Contains(argsThenMessage[^1], error.ToString(), StringComparison.Ordinal);
    }
}
