using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>What the customer sees of an automatic mesh repair: the actions taken and the new version of their model.</summary>
[Binding]
public sealed class RepairSteps(Actors actors, Journey journey)
{
    [Then(@"^the repair filled (\d+) holes$")]
    public void FilledHoles(int count)
    {
        var actions = journey.CurrentOrder.GetProperty("repair").GetProperty("actions").EnumerateArray();
        Assert.Contains(actions, a => a.GetProperty("action").GetString() == "fillHoles" && a.GetProperty("count").GetInt32() == count);
    }

    [Then(@"^the repaired model's versions are ""([^""]+)""$")]
    public async Task Versions(string origins)
    {
        var customer = await actors.AsAsync(journey.Orderer);
        var versions = await customer.GetJsonAsync($"/api/models/{journey.CurrentOrder.Id("repairedModelId")}/versions");
        Assert.Equal(origins.Split(", "), versions.EnumerateArray().Select(v => v.GetProperty("origin").GetString()));
    }

    [Then(@"^the customer can download the repaired model with all (\d+) triangles$")]
    public async Task Download(int triangles)
    {
        var customer = await actors.AsAsync(journey.Orderer);
        var file = await (await customer.GetAsync($"/api/models/{journey.CurrentOrder.Id("repairedModelId")}/file")).Content.ReadAsByteArrayAsync();
        // A binary STL: an 80-byte header, the count, then 50 bytes per triangle.
        Assert.Equal(triangles, BitConverter.ToInt32(file, 80));
        Assert.Equal(84 + (50 * triangles), file.Length);
    }
}
