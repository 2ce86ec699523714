namespace Amsp.Host.Workflows.Folder;

/// <summary>The definitions shipped as files. Bound from <c>Amsp:Workflows</c>.</summary>
public sealed class WorkflowFolderOptions
{
    public const string Section = "Amsp:Workflows";

    /// <summary>
    /// The folder whose <c>*.json</c> files are loaded at start. Default: <c>workflows</c> beside the executable,
    /// where the build copies the repository's <c>workflows/</c>.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Load the folder at start. Default: true.</summary>
    public bool LoadOnStart { get; set; } = true;

    /// <summary>Publish a new version when a file changed. Default: true; false leaves it as a draft for review.</summary>
    public bool PublishChanges { get; set; } = true;

    public string ResolveFolder() => Path.GetFullPath(Folder is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "workflows"));
}
