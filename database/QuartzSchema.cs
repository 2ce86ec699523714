using System.Text.RegularExpressions;
using Quartz;

namespace Amsp.Database;

/// <summary>
/// The tables of Quartz's clustered job store, as the Quartz package itself describes them (its embedded,
/// idempotent schema script), so our migrations create exactly what the job store expects.
/// </summary>
internal static partial class QuartzSchema
{
    /// <summary>Quartz's default table prefix, which the host's job store uses (PostgreSQL folds it to lower case).</summary>
    public const string TablePrefix = "QRTZ_";

    public static IReadOnlyList<string> Statements(string dialect)
    {
        var resource = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz package has no schema script {resource}.");
        var script = new StreamReader(stream).ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return [.. Separator().Split(script).Where(s => s.Split('\n').Any(line => line.Trim() is { Length: > 0 } t && !t.StartsWith("--", StringComparison.Ordinal)))
            .Select(s => s.Trim())];
    }

    /// <summary>The tables the script creates, in creation order.</summary>
    public static IReadOnlyList<string> Tables(string dialect) =>
        [.. Statements(dialect).SelectMany(s => CreateTable().Matches(s)).Select(m => m.Groups["name"].Value).Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex(@"^--;;\s*$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"CREATE TABLE (IF NOT EXISTS )?(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}
