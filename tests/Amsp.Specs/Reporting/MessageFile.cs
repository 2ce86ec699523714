using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;

namespace Amsp.Specs.Reporting;

/// <summary>
/// The NDJSON file of one run, at <c>test-results/specs/cucumber.ndjson</c> under the repository (or in
/// <c>$AMSP_SPECS_RESULTS</c>). Scenarios of different features run in parallel; each writes its messages as one block.
/// </summary>
public sealed class MessageFile : IDisposable
{
    private readonly Lock gate = new();
    private readonly StreamWriter writer;

    public MessageFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        writer = new StreamWriter(path, append: false) { NewLine = "\n" };
    }

    public IIdGenerator Ids { get; } = new GuidIdGenerator();

    public static string DefaultPath()
    {
        var folder = Environment.GetEnvironmentVariable("AMSP_SPECS_RESULTS");
        if (string.IsNullOrEmpty(folder))
        {
            var repository = new DirectoryInfo(AppContext.BaseDirectory);
            while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Amsp.sln")))
            {
                repository = repository.Parent;
            }
            folder = Path.Combine(repository?.FullName ?? AppContext.BaseDirectory, "test-results", "specs");
        }
        return Path.Combine(folder, "cucumber.ndjson");
    }

    public static Meta Meta() => new(
        Cucumber.Messages.ProtocolVersion.Version,
        new Product("Amsp.Specs (SpecFlow)", typeof(TechTalk.SpecFlow.ScenarioContext).Assembly.GetName().Version?.ToString()),
        new Product(".NET", Environment.Version.ToString()),
        new Product(Environment.OSVersion.Platform.ToString(), Environment.OSVersion.VersionString),
        new Product(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString(), null),
        null);

    public void Write(IEnumerable<Envelope> messages)
    {
        lock (gate)
        {
            foreach (var message in messages)
            {
                writer.WriteLine(MessageJson.Serialize(message));
            }
            writer.Flush();
        }
    }

    public void Dispose() => writer.Dispose();
}
