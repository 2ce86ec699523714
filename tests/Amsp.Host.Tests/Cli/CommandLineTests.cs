using System.CommandLine;
using Amsp.Host.Cli;

namespace Amsp.Host.Tests.Cli;

public sealed class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AmspCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Db_script_prints_the_sql_server_script()
    {
        var (exit, output, error) = await RunAsync("db", "script", "--provider", "SqlServer");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("CREATE TABLE [AspNetUsers]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_is_a_non_zero_exit_with_one_line_on_stderr()
    {
        var (exit, output, error) = await RunAsync("db", "script", "--provider", "Oracle");
        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        Assert.Contains("Oracle", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_is_exit_2_with_one_line_on_stderr()
    {
        var (exit, _, error) = await RunAsync("mesj", "check", "part.stl");
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("unknown verb 'mesj'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_migrate_on_an_unreachable_server_is_exit_2_with_one_line_on_stderr()
    {
        var (exit, _, error) = await RunAsync("db", "migrate", "--Amsp:Database:Provider=PostgreSql",
            "--Amsp:Database:ConnectionString=Host=127.0.0.1;Port=1;Database=none;Timeout=2");
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("amsp db migrate:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_migrate_without_a_connection_string_for_postgresql_says_so()
    {
        var (exit, _, error) = await RunAsync("db", "migrate", "--Amsp:Database:Provider=PostgreSql");
        Assert.Equal(2, exit);
        Assert.Contains("ConnectionString is required", error, StringComparison.Ordinal);
    }
}
