using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Integration.Inbound;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Integration.Machine;
using Amsp.Host.Tests.Orders;
using Amsp.Host.Tests.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Integration.Inbound;

/// <summary>
/// The ERP API's Idempotency-Key: the first answer again for the same key and body, 422 for another body, 409 while
/// the first is still running, and a key kept for a day.
/// </summary>
public sealed class IdempotencyTests(ManualTimersHostFixture host) : IClassFixture<ManualTimersHostFixture>
{
    [Fact]
    public async Task The_same_key_and_body_answer_the_first_order_again_another_body_is_422()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var model = (await acme.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();
        using var erp = await host.CreateAcmeMachineAsync("orders.write", "orders.read");
        var requirement = OrderFlows.Requirement(model, material: "PLA");

        using var first = await erp.PostErpAsync("/api/erp/orders", requirement, "po-4711");
        var created = await first.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Quoted", created.Status());
        Assert.False(first.Headers.Contains(IdempotencyFilter.ReplayedHeader));

        using var again = await erp.PostErpAsync("/api/erp/orders", requirement, "po-4711");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues(IdempotencyFilter.ReplayedHeader).Single());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(created.GetRawText(), (await again.OkJsonAsync(HttpStatusCode.Created)).GetRawText());
        Assert.Equal(1, await CountRequirementsAsync(model));

        using var other = await erp.PostErpAsync("/api/erp/orders", OrderFlows.Requirement(model, material: "PLA", quantity: 3), "po-4711");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await CountRequirementsAsync(model));

        using var missing = await erp.PostErpAsync("/api/erp/orders", requirement, null);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        using var tooLong = await erp.PostErpAsync("/api/erp/orders", requirement, new string('k', 256));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        // A day later the key is forgotten: the same request orders again.
        host.Clock.Advance(TimeSpan.FromHours(24));
        using var later = await host.CreateAcmeMachineAsync("orders.write");
        using var anew = await later.PostErpAsync("/api/erp/orders", requirement, "po-4711");
        Assert.Equal(HttpStatusCode.Created, anew.StatusCode);
        Assert.False(anew.Headers.Contains(IdempotencyFilter.ReplayedHeader));
        Assert.Equal(2, await CountRequirementsAsync(model));
    }

    [Fact]
    public async Task A_key_still_in_flight_is_409_and_a_refused_request_frees_its_key()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var credentials = await acme.CreateMachineClientAsync(DemoData.AcmeId, "orders.write");
        using var erp = await host.CreateMachineHttpClientAsync(credentials);
        var model = (await acme.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();

        // The first request with the key is still running (its record is in flight, taken here as its node would).
        var store = host.Services.GetRequiredService<IdempotencyStore>();
        await store.BeginAsync(DemoData.AcmeId, credentials.ClientId, "busy", "first-request", CancellationToken.None);
        using var busy = await erp.PostErpAsync("/api/erp/orders", OrderFlows.Requirement(model), "busy");
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);

        // A refusal (no due date) is not kept: corrected, the same key goes through.
        using var refused = await erp.PostErpAsync("/api/erp/orders", new { title = "Part", modelId = model }, "fix-me");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var fixedUp = await erp.PostErpAsync("/api/erp/orders", OrderFlows.Requirement(model), "fix-me");
        Assert.Equal(HttpStatusCode.Created, fixedUp.StatusCode);
    }

    [Fact]
    public async Task An_order_with_its_model_file_is_replayed_for_the_same_parts_under_another_boundary()
    {
        using var erp = await host.CreateAcmeMachineAsync("orders.write");
        var file = Cube.BinaryStl(20);
        var requirement = JsonSerializer.Serialize(new
        {
            title = "Bracket", units = "mm", material = "PLA", quantity = 1, dueDate = "2099-06-30", deliveryAddress = PlatformApi.Address(),
        });

        using var first = await SendUploadAsync(erp, requirement, file, "upload-1", "boundary-one");
        var created = await first.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Quoted", created.Status());
        using var again = await SendUploadAsync(erp, requirement, file, "upload-1", "boundary-two");
        Assert.Equal("true", again.Headers.GetValues(IdempotencyFilter.ReplayedHeader).Single());
        Assert.Equal(created.Number(), (await again.OkJsonAsync(HttpStatusCode.Created)).Number());

        using var otherFile = await SendUploadAsync(erp, requirement, Cube.BinaryStl(21), "upload-1", "boundary-three");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherFile.StatusCode);
        using var fileFirst = await SendUploadAsync(erp, null, file, "upload-2", "b");
        Assert.Equal(HttpStatusCode.BadRequest, fileFirst.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendUploadAsync(HttpClient client, string? requirement, byte[] file, string key, string boundary)
    {
        var content = new MultipartFormDataContent(boundary);
        if (requirement is not null)
        {
            content.Add(new StringContent(requirement, Encoding.UTF8, "application/json"), "requirement");
        }
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", "bracket.stl");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/erp/orders/upload") { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<int> CountRequirementsAsync(Guid model)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Requirements.CountAsync(r => r.ModelId == model);
    }
}
