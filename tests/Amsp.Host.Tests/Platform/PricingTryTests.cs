using System.Net;
using System.Net.Http.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Platform;

/// <summary>The try-it of a pricing formula: run as a quote would, on a sample part, nothing stored.</summary>
public sealed class PricingTryTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    private static readonly object Part = new { volume = 12.5, area = 40, supportVolume = 1.5, machineHours = 2, x = 60, y = 40, z = 30, quantity = 3 };

    private static string TryPath => $"/api/price-lists/{DemoData.PriceListId}/try";

    [Fact]
    public async Task A_formula_sees_the_sample_part_the_material_and_the_lists_rates()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        const string script = """
            [
              { description: "Volume", amount: input.part.volume * input.quantity * 2 },
              { description: "Setup " + input.material.name, amount: input.priceList.setupFee, kind: "Setup" },
              { description: "Box", amount: input.part.bbox.x + input.part.bbox.y + input.part.bbox.z }
            ]
            """;
        var answer = await manufacturer.PostJsonAsync(TryPath, new { script, part = Part });
        var lines = answer.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(75m, lines[0].GetProperty("amount").GetDecimal());
        Assert.Equal(15m, lines[1].GetProperty("amount").GetDecimal());
        Assert.Equal("Setup", lines[1].GetProperty("kind").GetString());
        Assert.StartsWith("Setup ", lines[1].GetProperty("description").GetString());
        Assert.Equal(130m, lines[2].GetProperty("amount").GetDecimal());
        Assert.Equal(220m, answer.GetProperty("total").GetDecimal());
        Assert.Equal("EUR", answer.GetProperty("currency").GetString());
        Assert.Equal(answer.GetProperty("materialName").GetString(), lines[1].GetProperty("description").GetString()![6..]);
    }

    [Fact]
    public async Task A_failing_formula_answers_422_with_the_reason_and_bad_input_400_by_field()
    {
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        var thrown = await (await manufacturer.PostAsJsonAsync(TryPath, new { script = "throw new Error('no price for you')", part = Part }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no price for you", thrown.GetProperty("detail").GetString());
        var empty = await (await manufacturer.PostAsJsonAsync(TryPath, new { script = "[]", part = Part }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("1 to 50", empty.GetProperty("detail").GetString());
        var invalid = await (await manufacturer.PostAsJsonAsync(TryPath, new { script = "[]", part = new { volume = -1, quantity = 0 } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("part.volume", invalid.ErrorFields());
        Assert.Contains("part.quantity", invalid.ErrorFields());
    }

    [Fact]
    public async Task Only_the_centres_manufacturers_may_try_its_formula()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsJsonAsync(TryPath, new { script = "[]", part = Part })).StatusCode);
        using var manufacturer = await host.CreateClientAsAsync(AmspRoles.Manufacturer);
        await (await manufacturer.PostAsJsonAsync($"/api/price-lists/{Guid.NewGuid()}/try", new { script = "[]", part = Part }))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
