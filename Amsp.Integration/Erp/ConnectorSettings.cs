using System.Text.Json;

namespace Amsp.Integration.Erp;

/// <summary>
/// Reads a connector's settings (its <c>SettingsJson</c>) into the transport's typed record: camelCase names, unknown
/// members refused (a typo must not silently fall back to a default), errors in sentences an administrator can act on.
/// </summary>
public static class ConnectorSettings
{
    /// <summary>The largest settings document read; settings are a handful of fields.</summary>
    public const int MaxLength = 16 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The settings, or the reasons they cannot be read (then <c>null</c>).</summary>
    public static T? Read<T>(string? settingsJson, string kind, List<string> errors) where T : class
    {
        if (string.IsNullOrWhiteSpace(settingsJson))
        {
            errors.Add($"The {kind} connector needs settings (a JSON object).");
            return null;
        }
        if (settingsJson.Length > MaxLength)
        {
            errors.Add($"The {kind} settings are {settingsJson.Length} characters long; at most {MaxLength} are read.");
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(settingsJson, Options) ?? Missing();
        }
        catch (JsonException e)
        {
            errors.Add($"The {kind} settings are not valid: {e.Message}");
            return null;
        }

        T? Missing()
        {
            errors.Add($"The {kind} connector needs settings (a JSON object).");
            return null;
        }
    }

    /// <summary>Reads and validates, throwing with every reason when the settings are unusable (for transports at run time).</summary>
    public static T Require<T>(ConnectorEndpoint connector, Func<T, IEnumerable<string>> validate) where T : class
    {
        var errors = new List<string>();
        var settings = Read<T>(connector.SettingsJson, connector.Kind, errors);
        if (settings is not null)
        {
            errors.AddRange(validate(settings));
        }
        return errors.Count == 0 ? settings! : throw new InvalidConnectorSettingsException(connector.Name, errors);
    }
}

/// <summary>A connector whose settings cannot be used; the message lists every reason.</summary>
public sealed class InvalidConnectorSettingsException(string connector, IReadOnlyList<string> errors)
    : Exception($"Connector '{connector}': {string.Join(" ", errors)}")
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
