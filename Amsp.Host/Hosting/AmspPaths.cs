namespace Amsp.Host.Hosting;

/// <summary>
/// The folder where the platform keeps its files (the SQLite database among them): <c>Amsp:DataDirectory</c>,
/// default <c>data</c>, relative to the working directory.
/// </summary>
public sealed class AmspPaths(IConfiguration configuration)
{
    public const string DataDirectoryKey = "Amsp:DataDirectory";

    public string DataDirectory { get; } =
        Path.GetFullPath(configuration[DataDirectoryKey] is { Length: > 0 } dir ? dir : "data");

    /// <summary>The data directory, created if it does not exist yet.</summary>
    public string EnsureDataDirectory() => Directory.CreateDirectory(DataDirectory).FullName;
}
