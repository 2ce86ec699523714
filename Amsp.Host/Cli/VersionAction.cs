using System.CommandLine;
using System.CommandLine.Invocation;
using Amsp.Host.Hosting;

namespace Amsp.Host.Cli;

/// <summary><c>amsp --version</c>: the product version and the commit, in words rather than as bare build metadata.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(ProductVersion.Describe());
        return 0;
    }
}
