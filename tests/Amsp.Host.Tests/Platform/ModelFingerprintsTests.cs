using System.Text.Json;
using Amsp.Activities.Services;
using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Persistence;
using Amsp.Geometry.Fingerprint;
using Amsp.Geometry.Io;
using Amsp.Host.Tests.Infrastructure;
using Amsp.Host.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Platform;

/// <summary>
/// The fingerprint for the copyright registry is computed after the upload is answered: stored on the model by the
/// platform shortly after, and computed on the spot by whoever needs it before that.
/// </summary>
public sealed class ModelFingerprintsTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task An_uploaded_model_gets_the_fingerprint_of_its_file_stored_after_the_answer()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var bytes = MeshVariants.StretchedX("bracket.stl", 1.25f);
        var response = await customer.UploadAsync(bytes, "bracket-long.stl");
        var model = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("model").Id();

        // Whatever the worker has done by now, a pass leaves every model of the file with its fingerprint.
        await Fingerprints().FillMissingAsync(100, CancellationToken.None);
        var stored = await ModelAsync(model);
        var expected = MeshFingerprint.Compute(MeshReader.Read(new MemoryStream(bytes), "bracket-long.stl"));
        Assert.Equal(expected.Sha256, stored.CanonicalSha256);
        var parsed = Amsp.Activities.Services.Fingerprints.Parse(stored.FingerprintJson!);
        Assert.Equal(expected.Sha256, parsed.Sha256);
        Assert.Equal(1.0, parsed.Similarity(expected), 9);
        Assert.Equal(0, await Fingerprints().FillMissingAsync(100, CancellationToken.None));
    }

    [Fact]
    public async Task A_model_without_a_fingerprint_yet_gets_it_computed_where_it_is_needed()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var bytes = MeshVariants.StretchedX("phone_stand.stl", 0.8f);
        var response = await customer.UploadAsync(bytes, "stand-small.stl");
        var model = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("model").Id();
        await Fingerprints().FillMissingAsync(100, CancellationToken.None);
        var expected = await ModelAsync(model);
        await ForgetAsync(model);

        var computed = await Fingerprints().GetAsync(await ModelAsync(model), CancellationToken.None);
        Assert.Equal(expected.CanonicalSha256, computed.CanonicalSha256);
        Assert.Equal(expected.FingerprintJson, computed.Json);

        // Registering the model as a protected design takes the same fingerprint.
        await ForgetAsync(model);
        var registered = await customer.PostJsonAsync("/api/protected-designs",
            new { modelId = model, name = "Small stand", terms = new { licence = "NotPrintableByOthers" } }, System.Net.HttpStatusCode.Created);
        Assert.Equal(expected.CanonicalSha256, registered.GetProperty("canonicalSha256").GetString());
    }

    [Fact]
    public async Task The_copyright_check_refuses_a_copy_whose_fingerprint_is_not_stored_yet()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        var response = await acme.UploadAsync(await File.ReadAllBytesAsync(PlatformApi.SamplePath("spur_gear.stl")), "my-gear.stl");
        var model = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("model").Id();
        await Fingerprints().FillMissingAsync(100, CancellationToken.None);
        await ForgetAsync(model);

        var order = await acme.SubmitAsync(OrderFlows.Requirement(model));
        Assert.Equal("Rejected", order.Status());
        Assert.Contains(order.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("protects", StringComparison.Ordinal));
    }

    private ModelFingerprints Fingerprints() => host.Services.GetRequiredService<ModelFingerprints>();

    private async Task<PartModel> ModelAsync(Guid id)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Models.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    // As if the host had stopped before it got to the model. The worker may be storing it at the same time (it woke
    // up for the upload): cleared again once what was computed so far is stored, until it stays cleared.
    private async Task ForgetAsync(Guid id)
    {
        for (var attempt = 1; ; attempt++)
        {
            await Fingerprints().StoredAsync();
            using (var scope = host.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Models.Where(m => m.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.FingerprintJson, (string?)null).SetProperty(m => m.CanonicalSha256, (string?)null));
            }
            await Fingerprints().StoredAsync();
            if ((await ModelAsync(id)).FingerprintJson is null)
            {
                return;
            }
            Assert.True(attempt < 10, "the fingerprint kept coming back");
        }
    }
}
