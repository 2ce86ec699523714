using System.CommandLine;
using Amsp.Host.Cli;
using Amsp.Host.Cli.Mesh;

// amsp-mesh check|repair|fingerprint|compare: what `amsp mesh VERB` does, with the same arguments, output and exit
// codes (0 when the file was read, 2 with one line on stderr when it cannot be), from a native executable.
CliErrors.ProgramName = "amsp-mesh";
var root = new RootCommand("Check, repair and fingerprint 3D models (STL, OBJ, 3MF): the verbs of `amsp mesh`, compiled ahead of time.");
foreach (var verb in MeshCommand.Verbs())
{
    root.Subcommands.Add(verb);
}
return await root.Parse(args).InvokeAsync();
