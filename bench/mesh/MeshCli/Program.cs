using Amsp.Geometry;
using Amsp.Geometry.Reporting;

var json = args.Contains("--json");
var rest = args.Where(a => a != "--json").ToArray();
var stdout = Console.Out;
try
{
    switch (rest)
    {
        case ["check", var file]:
            MeshTool.Check(file, json, stdout);
            return 0;
        case ["repair", var input, var output]:
            MeshTool.Repair(input, output, json, stdout);
            return 0;
        case ["fingerprint", var file]:
            MeshTool.Fingerprint(file, json, stdout);
            return 0;
        case ["compare", var a, var b]:
            MeshTool.Compare(a, b, json, stdout);
            return 0;
        default:
            Console.Error.WriteLine("usage: amsp-mesh check FILE | repair IN OUT | fingerprint FILE | compare A B  [--json]");
            return 2;
    }
}
catch (Exception e) when (e is MeshFormatException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"amsp mesh: {e.Message.ReplaceLineEndings(" ")}");
    return 2;
}
