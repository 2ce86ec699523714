namespace Amsp.Host.Tests.Infrastructure;

/// <summary>The repository the tests were built from.</summary>
public static class Repository
{
    /// <summary>The folder holding Amsp.sln, found above the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Amsp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Amsp.sln above {AppContext.BaseDirectory}.");
    }
}
