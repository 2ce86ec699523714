using System.Reflection;

namespace Amsp.Host.Hosting;

/// <summary>
/// The product version and the commit it was built from. The SDK writes both into the informational version
/// (<c>0.1.0+&lt;commit&gt;</c>) when the source is a git checkout; a build from a bare source tree has no commit.
/// </summary>
public static class ProductVersion
{
    private static readonly string Informational =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without build metadata, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = Informational.Split('+')[0];

    /// <summary>The full commit id, or null when the build had none.</summary>
    public static string? Commit { get; } = Informational.Split('+') is [_, { Length: > 0 } commit, ..] ? commit : null;

    /// <summary>One line for people: <c>amsp 0.1.0 (commit 436b8c5a…)</c>, the full commit id.</summary>
    public static string Describe() => $"amsp {Version} ({(Commit is null ? "commit unknown" : $"commit {Commit}")})";
}
