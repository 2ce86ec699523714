using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Platform;
using Amsp.Specs.Support;
using TechTalk.SpecFlow;

namespace Amsp.Specs.Steps;

/// <summary>The copyright reviewer (the platform's operator) decides on the near matches the check put on hold.</summary>
[Binding]
public sealed class ReviewSteps(Actors actors, Journey journey)
{
    private JsonElement review;

    [Then(@"^the reviewer sees the order among the pending copyright reviews, similar to ""([^""]+)""$")]
    public async Task SeesPending(string protectedFile)
    {
        var reviewer = await actors.AsAsync("reviewer");
        var pending = await reviewer.GetJsonAsync("/api/copyright-reviews?status=Pending&pageSize=200");
        review = pending.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("orderNumber").GetString() == journey.Number);
        Assert.Equal(protectedFile, review.GetProperty("protectedModel").GetProperty("originalName").GetString());
        Assert.InRange(review.GetProperty("similarity").GetDouble(), 0.9, 0.97);
        // The reviewer compares the two files, so both can be downloaded.
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/copyright-reviews/{review.Id()}/models/protected/file")).StatusCode);
    }

    [Then(@"^the customer cannot see the copyright reviews$")]
    public async Task CustomerCannotSee() =>
        await (await (await actors.AsAsync("customer")).GetAsync("/api/copyright-reviews")).AssertProblemAsync(HttpStatusCode.Forbidden);

    [When(@"^the reviewer decides the match is (clear|an infringement) with the note ""([^""]*)""$")]
    public async Task Decide(string decision, string note) =>
        await (await actors.AsAsync("reviewer")).PostJsonAsync($"/api/copyright-reviews/{review.Id()}/decision", new { clear = decision == "clear", note });

    [Then(@"^the reviewer cannot decide on the same review again$")]
    public async Task CannotDecideAgain() =>
        await (await (await actors.AsAsync("reviewer")).PostAsJsonAsync($"/api/copyright-reviews/{review.Id()}/decision", new { clear = true }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
}
