using System.CommandLine;
using System.Globalization;
using Amsp.Geometry.Reporting;

namespace Amsp.Host.Cli.Mesh;

/// <summary>
/// <c>amsp mesh</c>: check, repair, fingerprint and compare 3D models (STL, OBJ, 3MF). The work is in
/// <see cref="MeshTool"/> (Amsp.Geometry); this file only binds the command line. Exit code 0 when the file was read,
/// whatever its defects; 2 with one line on stderr when it cannot be read. No web host is started. The same verbs make
/// <c>amsp-mesh</c> (Amsp.Mesh.Cli, compiled ahead of time), which links this file.
/// </summary>
public static class MeshCommand
{
    /// <summary>Files above this size report reading progress on stderr when stderr is a terminal.</summary>
    private const long ProgressThreshold = 64L << 20;

    public static Command Create()
    {
        var mesh = new Command("mesh", "Check, repair and fingerprint 3D models (STL, OBJ, 3MF).");
        foreach (var verb in Verbs())
        {
            mesh.Subcommands.Add(verb);
        }
        return mesh;
    }

    /// <summary>
    /// A verb is the whole life of its process: memory is collected between the mesh library's stages, so its peak is
    /// that of the largest stage (see <see cref="MeshTool.CollectBetweenStages"/>; the server leaves it off).
    /// </summary>
    private static void OneShot() => AppContext.SetSwitch(MeshTool.CollectBetweenStages, true);

    /// <summary>The four verbs: check, repair, fingerprint, compare.</summary>
    public static IReadOnlyList<Command> Verbs() => [Check(), Repair(), Fingerprint(), Compare()];

    private static Command Check()
    {
        var file = FileArgument("FILE", "Model to check.");
        var json = JsonOption();
        var command = new Command("check", "Report counts, defects, volume, area, bounding box and unit guess.") { file, json };
        command.SetAction(parseResult => CliErrors.Guard(parseResult, () =>
        {
            OneShot();
            var path = parseResult.GetValue(file)!;
            MeshTool.Check(path.FullName, parseResult.GetValue(json), parseResult.InvocationConfiguration.Output, Progress(path));
            return 0;
        }));
        return command;
    }

    private static Command Repair()
    {
        var input = FileArgument("IN", "Model to repair.");
        var output = FileArgument("OUT", "Repaired model: 3MF when it ends in .3mf, binary STL otherwise.");
        var json = JsonOption();
        var command = new Command("repair", "Weld, drop degenerate and duplicate faces, fix orientation, fill holes; report each action.")
        {
            input, output, json,
        };
        command.SetAction(parseResult => CliErrors.Guard(parseResult, () =>
        {
            OneShot();
            var path = parseResult.GetValue(input)!;
            MeshTool.Repair(path.FullName, parseResult.GetValue(output)!.FullName, parseResult.GetValue(json),
                parseResult.InvocationConfiguration.Output, Progress(path));
            return 0;
        }));
        return command;
    }

    private static Command Fingerprint()
    {
        var file = FileArgument("FILE", "Model to fingerprint.");
        var json = JsonOption();
        var command = new Command("fingerprint", "Print the SHA-256 of the canonical mesh and its shape descriptor.") { file, json };
        command.SetAction(parseResult => CliErrors.Guard(parseResult, () =>
        {
            OneShot();
            MeshTool.Fingerprint(parseResult.GetValue(file)!.FullName, parseResult.GetValue(json), parseResult.InvocationConfiguration.Output);
            return 0;
        }));
        return command;
    }

    private static Command Compare()
    {
        var a = FileArgument("A", "First model.");
        var b = FileArgument("B", "Second model.");
        var json = JsonOption();
        var command = new Command("compare", "Shape similarity of two models, from 0 to 1.") { a, b, json };
        command.SetAction(parseResult => CliErrors.Guard(parseResult, () =>
        {
            OneShot();
            MeshTool.Compare(parseResult.GetValue(a)!.FullName, parseResult.GetValue(b)!.FullName, parseResult.GetValue(json),
                parseResult.InvocationConfiguration.Output);
            return 0;
        }));
        return command;
    }

    private static Argument<FileInfo> FileArgument(string name, string description) => new(name) { Description = description };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON (camelCase fields) instead of text." };

    private static TerminalProgress? Progress(FileInfo file) =>
        !Console.IsErrorRedirected && file.Exists && file.Length >= ProgressThreshold ? new TerminalProgress(file.Name) : null;

    /// <summary>Rewrites one stderr line with the percentage read; only used when stderr is a terminal.</summary>
    private sealed class TerminalProgress(string name) : IProgress<double>
    {
        private int _last = -1;

        public void Report(double value)
        {
            var percent = (int)(value * 100);
            if (percent == _last)
            {
                return;
            }

            _last = percent;
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rreading {name}: {percent}%"));
            if (percent >= 100)
            {
                Console.Error.Write("\r\u001b[K"); // clear the line once reading is done
            }
        }
    }
}
