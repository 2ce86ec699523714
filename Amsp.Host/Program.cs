using Amsp.Host.Cli;

return await AmspCommandLine.InvokeAsync(args);

/// <summary>The entry point; public so functional tests can start the real host.</summary>
public partial class Program;
