using Amsp.Geometry;
using Amsp.Geometry.Reporting;

// amsp-mesh check FILE [--json] | repair IN OUT [--json]: what `amsp mesh check` and `amsp mesh repair` run, through
// the same MeshTool calls, with the same exit codes (0 read, 2 unreadable with one line on stderr).
var json = args.Contains("--json");
var rest = args.Where(a => a != "--json").ToArray();
try
{
    switch (rest)
    {
        case ["check", var file]:
            MeshTool.Check(Path.GetFullPath(file), json, Console.Out);
            return 0;
        case ["repair", var input, var output]:
            MeshTool.Repair(Path.GetFullPath(input), Path.GetFullPath(output), json, Console.Out);
            return 0;
        default:
            Console.Error.WriteLine("usage: amsp-mesh check FILE [--json] | repair IN OUT [--json]");
            return 2;
    }
}
catch (Exception e) when (e is MeshFormatException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"amsp-mesh {rest.FirstOrDefault()}: {e.Message.ReplaceLineEndings(" ")}");
    return 2;
}
