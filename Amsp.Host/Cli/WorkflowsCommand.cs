using System.CommandLine;
using Amsp.Host.Workflows;
using Amsp.Host.Workflows.Folder;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;

namespace Amsp.Host.Cli;

/// <summary><c>amsp workflows validate|export|import</c>: definition files against the engine and the configured database.</summary>
internal static class WorkflowsCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Definition files (JSON).", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Check definition files; exit 0 when all are valid, else one line per error on stderr.") { files };
        validate.SetAction(parseResult => CliErrors.Guard(parseResult, () => Validate(parseResult, parseResult.GetValue(files)!)));

        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write one <definitionId>.json per definition into.", Required = true };
        var export = new Command("export", "Write the latest version of every stored definition as JSON files.") { outDir };
        export.TreatUnmatchedTokensAsErrors = false;
        export.SetAction((parseResult, ct) => CliErrors.GuardAsync(parseResult, () =>
            ExportAsync(parseResult, parseResult.GetValue(outDir)!, [.. parseResult.UnmatchedTokens], ct)));

        // Strings, not FileInfo: host settings such as --Amsp:DataDirectory=... may follow the files and are told apart below.
        var importFiles = new Argument<string[]>("FILE") { Description = "Definition files (JSON).", Arity = ArgumentArity.OneOrMore };
        var draft = new Option<bool>("--draft") { Description = "Keep changed definitions as drafts instead of publishing them." };
        var import = new Command("import", "Store definition files in the configured database: unchanged files change nothing, changed ones become a new version.")
        {
            importFiles, draft,
        };
        import.TreatUnmatchedTokensAsErrors = false;
        import.SetAction((parseResult, ct) => CliErrors.GuardAsync(parseResult, () =>
        {
            var tokens = parseResult.GetValue(importFiles)!;
            var settings = tokens.Where(IsHostSetting).Concat(parseResult.UnmatchedTokens).ToArray();
            return ImportAsync(parseResult, [.. tokens.Where(t => !IsHostSetting(t))], settings, !parseResult.GetValue(draft), ct);
        }));

        return new Command("workflows", "Workflow definition files.") { validate, export, import };
    }

    private static int Validate(ParseResult parseResult, FileInfo[] files)
    {
        var services = new ServiceCollection();
        services.AddAmspWorkflowEngine();
        using var provider = services.BuildServiceProvider();
        var definitions = provider.GetRequiredService<WorkflowDefinitionService>();
        var errors = files.SelectMany(f => WorkflowFile.Read(f.FullName, definitions).Errors).ToList();
        foreach (var error in errors)
        {
            parseResult.InvocationConfiguration.Error.WriteLine(error);
        }
        if (errors.Count == 0)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"{files.Length} definition(s) valid.");
        }
        return errors.Count == 0 ? 0 : 1;
    }

    private static bool IsHostSetting(string token) => token.StartsWith("--", StringComparison.Ordinal);

    private static async Task<int> ExportAsync(ParseResult parseResult, DirectoryInfo outDir, string[] settings, CancellationToken ct)
    {
        using var host = await DbCommand.OpenDatabaseAsync(settings, ct);
        var definitions = await host.Services.GetRequiredService<IWorkflowDefinitionStore>().ListLatestAsync(ct);
        outDir.Create();
        foreach (var definition in definitions)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir.FullName, $"{definition.DefinitionId}.json"), WorkflowJson.Serialize(definition), ct);
        }
        parseResult.InvocationConfiguration.Output.WriteLine($"{definitions.Count} definition(s) written to {outDir.FullName}.");
        return 0;
    }

    private static async Task<int> ImportAsync(ParseResult parseResult, string[] files, string[] settings, bool publish, CancellationToken ct)
    {
        using var host = await DbCommand.OpenDatabaseAsync(settings, ct);
        await using var scope = host.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>().ImportAsync(files.Select(Path.GetFullPath), publish, ct);
        foreach (var result in results)
        {
            if (result.Outcome == WorkflowFolderLoader.Outcome.Invalid)
            {
                foreach (var error in result.Errors)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine(error);
                }
            }
            else
            {
                parseResult.InvocationConfiguration.Output.WriteLine($"{result.File}: {result.DefinitionId} v{result.Version} {result.Outcome}");
            }
        }
        return results.Any(r => r.Outcome == WorkflowFolderLoader.Outcome.Invalid) ? 1 : 0;
    }
}
