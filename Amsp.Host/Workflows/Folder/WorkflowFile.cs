using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Model;

namespace Amsp.Host.Workflows.Folder;

/// <summary>A definition file: parsed and validated, or the reason it cannot be used, naming the file and the place.</summary>
public sealed record WorkflowFile(string Path, WorkflowDefinition? Definition, IReadOnlyList<string> Errors)
{
    /// <summary>Definition files are small; larger files are refused before they are read.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    public bool IsValid => Definition is not null && Errors.Count == 0;

    public static WorkflowFile Read(string path, WorkflowDefinitionService definitions)
    {
        var name = System.IO.Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, $"{name}: no such file.");
            }
            if (info.Length > MaxBytes)
            {
                return Fail(path, $"{name}: {info.Length} bytes, more than the {MaxBytes} a definition may have.");
            }
            var definition = WorkflowJson.Deserialize(File.ReadAllText(path));
            if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            {
                return new(path, definition, [$"{name}: $.definitionId is missing; a shipped definition needs a stable id."]);
            }
            var errors = definitions.Validate(definition).Select(e => $"{name}: {Describe(e)}").ToList();
            return new(path, definition, errors);
        }
        catch (JsonException e)
        {
            return Fail(path, $"{name}: {e.Path ?? "$"}: {FirstSentence(e.Message)}");
        }
        catch (IOException e)
        {
            return Fail(path, $"{name}: {e.Message}");
        }
    }

    /// <summary>Whether <paramref name="stored"/> has the same content as <paramref name="file"/>, ignoring version bookkeeping.</summary>
    public static bool SameContent(WorkflowDefinition file, WorkflowDefinition stored) =>
        JsonNode.DeepEquals(Content(file), Content(stored));

    private static JsonObject Content(WorkflowDefinition definition)
    {
        var node = JsonNode.Parse(WorkflowJson.Serialize(definition))!.AsObject();
        foreach (var bookkeeping in new[] { "id", "version", "isLatest", "isPublished" })
        {
            node.Remove(bookkeeping);
        }
        return node;
    }

    private static string Describe(ValidationError e) =>
        (e.ActivityId, e.InputName) switch
        {
            ({ } activity, { } input) => $"activity '{activity}', input '{input}': {e.Message}",
            ({ } activity, null) => $"activity '{activity}': {e.Message}",
            _ => e.Message,
        };

    private static string FirstSentence(string message) =>
        message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd(' ', '.') + ".";

    private static WorkflowFile Fail(string path, string error) => new(path, null, [error]);
}
