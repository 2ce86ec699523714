using System.Reflection;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace Amsp.Specs.Reporting;

/// <summary>
/// The feature files as the official Gherkin parser reads them: sources, documents and pickles (one per scenario and
/// per example row), with the pickles found again from what SpecFlow says it runs (feature, scenario, example values).
/// </summary>
public sealed class FeatureDocuments
{
    private readonly Dictionary<string, Pickle> pickles = new(StringComparer.Ordinal);

    /// <summary>The sources and documents; each pickle is written with its test case, so a filtered run shows only what ran.</summary>
    public List<Envelope> Documents { get; } = [];

    /// <summary>Reads the features SpecFlow embeds in <paramref name="assembly"/> (named by their path in the project).</summary>
    public FeatureDocuments(Assembly assembly, IIdGenerator ids)
    {
        var names = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".feature", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var uri = "tests/Amsp.Specs/" + name.Replace('\\', '/');
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd();
            var ast = new Parser().Parse(new StringReader(text));
            var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
            Documents.Add(Envelope.Create(new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)));
            Documents.Add(Envelope.Create(document));
            foreach (var pickle in new PickleCompiler(ids).Compile(document))
            {
                pickles[Key(document.Feature.Name, ScenarioOf(document, pickle).Name, RowOf(document, pickle))] = pickle;
            }
        }
    }

    /// <summary>The pickle of a scenario (and example row) SpecFlow is about to run.</summary>
    public Pickle? Find(string feature, string scenario, IEnumerable<string> exampleValues) =>
        pickles.GetValueOrDefault(Key(feature, scenario, exampleValues));

    private static string Key(string feature, string scenario, IEnumerable<string> values) =>
        string.Join('\u001f', new[] { feature, scenario }.Concat(values));

    private static IEnumerable<Scenario> Scenarios(GherkinDocument document) =>
        document.Feature.Children.SelectMany(c => c.Scenario is not null ? [c.Scenario]
            : c.Rule?.Children.Where(r => r.Scenario is not null).Select(r => r.Scenario) ?? []);

    private static Scenario ScenarioOf(GherkinDocument document, Pickle pickle) =>
        Scenarios(document).Single(s => s.Id == pickle.AstNodeIds[0]);

    private static IEnumerable<string> RowOf(GherkinDocument document, Pickle pickle) =>
        pickle.AstNodeIds.Count < 2 ? []
            : ScenarioOf(document, pickle).Examples.SelectMany(e => e.TableBody).Single(r => r.Id == pickle.AstNodeIds[1]).Cells.Select(c => c.Value);
}
