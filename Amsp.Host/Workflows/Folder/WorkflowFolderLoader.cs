using Amsp.Workflows.Definitions;
using Amsp.Workflows.Persistence;

namespace Amsp.Host.Workflows.Folder;

/// <summary>
/// Brings the stored definitions up to the files: an unchanged file changes nothing, a changed file becomes a new
/// version (published unless configured otherwise), and a bad file is reported without holding up the others.
/// </summary>
public sealed partial class WorkflowFolderLoader(WorkflowDefinitionService definitions, IWorkflowDefinitionStore store, ILogger<WorkflowFolderLoader> logger)
{
    public enum Outcome { Unchanged, Created, NewVersion, Invalid }

    public sealed record FileResult(string File, Outcome Outcome, string? DefinitionId, int? Version, IReadOnlyList<string> Errors);

    public async Task<IReadOnlyList<FileResult>> ImportAsync(IEnumerable<string> files, bool publish, CancellationToken cancellationToken)
    {
        var results = new List<FileResult>();
        foreach (var path in files)
        {
            var result = await ImportOneAsync(path, publish, cancellationToken);
            if (result.Outcome == Outcome.Invalid)
            {
                LogInvalid(logger, result.File, string.Join(" ", result.Errors));
            }
            else if (result.Outcome != Outcome.Unchanged)
            {
                LogImported(logger, result.File, result.DefinitionId, result.Version, result.Outcome);
            }
            results.Add(result);
        }
        return results;
    }

    public Task<IReadOnlyList<FileResult>> LoadFolderAsync(string folder, bool publish, CancellationToken cancellationToken) =>
        Directory.Exists(folder)
            ? ImportAsync(Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal), publish, cancellationToken)
            : Task.FromResult<IReadOnlyList<FileResult>>([]);

    private async Task<FileResult> ImportOneAsync(string path, bool publish, CancellationToken cancellationToken)
    {
        var file = WorkflowFile.Read(path, definitions);
        var name = Path.GetFileName(path);
        if (!file.IsValid)
        {
            return new(name, Outcome.Invalid, file.Definition?.DefinitionId, null, file.Errors);
        }
        var definition = file.Definition!;
        var latest = await store.FindLatestAsync(definition.DefinitionId, cancellationToken);
        if (latest is not null && WorkflowFile.SameContent(definition, latest) && (latest.IsPublished || !publish))
        {
            return new(name, Outcome.Unchanged, latest.DefinitionId, latest.Version, []);
        }
        var saved = latest is not null && WorkflowFile.SameContent(definition, latest)
            ? latest
            : await definitions.SaveDraftAsync(definition, cancellationToken);
        if (publish)
        {
            saved = await definitions.PublishAsync(saved.DefinitionId, saved.Version, cancellationToken);
        }
        return new(name, latest is null ? Outcome.Created : Outcome.NewVersion, saved.DefinitionId, saved.Version, []);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow file {File} was not loaded: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string file, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow file {File}: {DefinitionId} v{Version} ({Outcome})")]
    private static partial void LogImported(ILogger logger, string file, string? definitionId, int? version, Outcome outcome);
}
