namespace Amsp.Integration.Slicing;

internal static class ExecutableSearch
{
    /// <summary>A path as given when it names a file, else the first match on PATH; null when there is none.</summary>
    public static string? Find(string executable)
    {
        if (string.IsNullOrWhiteSpace(executable))
        {
            return null;
        }
        if (executable.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(executable))
        {
            return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }
}
