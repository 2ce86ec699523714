using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Platform;

public sealed class ModelUploadTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    public static TheoryData<string> Samples => [.. JsonDocument.Parse(File.ReadAllText(PlatformApi.SamplePath("models.json")))
        .RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()!)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_sample_part_uploads_with_the_check_report_of_models_json(string file)
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var uploaded = await customer.UploadSampleAsync(file);
        var expected = JsonDocument.Parse(File.ReadAllText(PlatformApi.SamplePath("models.json"))).RootElement
            .EnumerateArray().Single(e => e.GetProperty("file").GetString() == file);
        var check = uploaded.GetProperty("check");
        Assert.Equal(expected.GetProperty("triangles").GetInt32(), check.GetProperty("triangles").GetInt32());
        Assert.Equal(expected.GetProperty("vertices").GetInt32(), check.GetProperty("vertices").GetInt32());
        Assert.Equal(expected.GetProperty("shells").GetInt32(), check.GetProperty("shells").GetInt32());
        Assert.Equal(expected.GetProperty("closed").GetBoolean(), check.GetProperty("watertight").GetBoolean());
        Assert.Equal(expected.GetProperty("volume").GetDouble(), check.GetProperty("volume").GetDouble(), 0.02 * Math.Max(1, expected.GetProperty("volume").GetDouble() / 1000));
        Assert.Equal(expected.GetProperty("area").GetDouble(), check.GetProperty("area").GetDouble(), 0.02 * Math.Max(1, expected.GetProperty("area").GetDouble() / 1000));
        for (var axis = 0; axis < 3; axis++)
        {
            Assert.Equal(expected.GetProperty("bboxMin")[axis].GetDouble(), check.GetProperty("bboxMin")[axis].GetDouble(), 1e-3);
            Assert.Equal(expected.GetProperty("bboxMax")[axis].GetDouble(), check.GetProperty("bboxMax")[axis].GetDouble(), 1e-3);
        }
        Assert.Equal(expected.GetProperty("units").GetString(), check.GetProperty("units").GetString());
        // The demo data uploaded every sample for Acme already: the same file is the same model.
        Assert.True(uploaded.GetProperty("duplicate").GetBoolean());
        var printers = uploaded.GetProperty("printers").EnumerateArray().ToList();
        Assert.Equal(3, printers.Count);
        Assert.Equal(file != "too_big_panel.stl", printers.Any(p => p.GetProperty("fits").GetBoolean()));
    }

    [Fact]
    public async Task A_new_file_is_created_and_analysed_then_the_same_file_again_is_stored_once()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var stl = Cube.BinaryStl(12.5f);
        var first = await customer.UploadAsync(stl, "cube.stl");
        var created = await first.OkJsonAsync(HttpStatusCode.Created);
        Assert.False(created.GetProperty("duplicate").GetBoolean());
        Assert.Equal(12.5 * 12.5 * 12.5, created.GetProperty("check").GetProperty("volume").GetDouble(), 1e-3);
        Assert.Equal($"/api/models/{created.GetProperty("model").Id()}", first.Headers.Location?.OriginalString);
        var blobs = BlobCount();

        var again = await (await customer.UploadAsync(stl, "same-cube-other-name.stl")).OkJsonAsync();
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(created.GetProperty("model").Id(), again.GetProperty("model").Id());
        Assert.Equal(blobs, BlobCount());

        var download = await customer.GetAsync($"/api/models/{created.GetProperty("model").Id()}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(stl, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("cube.stl", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    public static TheoryData<string, byte[], HttpStatusCode> Unreadable => new()
    {
        { "empty.stl", [], HttpStatusCode.BadRequest },
        { "picture.stl", Png(), HttpStatusCode.UnsupportedMediaType },
        { "notes.stl", Encoding.UTF8.GetBytes("These are my notes about the part, not a model.\n"), HttpStatusCode.UnsupportedMediaType },
        { "truncated.stl", Cube.BinaryStl(10)[..^30], HttpStatusCode.UnprocessableEntity },
        { "bomb.3mf", ZipBomb(), HttpStatusCode.UnprocessableEntity },
        { "broken.3mf", [.. "PK\u0003\u0004"u8, .. new byte[200]], HttpStatusCode.UnprocessableEntity },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_file_is_a_4xx_problem_and_nothing_is_stored(string name, byte[] content, HttpStatusCode status)
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var (models, blobs) = (await ModelCountAsync(), BlobCount());
        var problem = await (await customer.UploadAsync(content, name)).AssertProblemAsync(status);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(models, await ModelCountAsync());
        Assert.Equal(blobs, BlobCount());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(host.DataDirectory, "blobs", ".staging")));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_413_before_it_is_read()
    {
        using var small = new LimitedHost(1000);
        using var customer = await small.CreateClientAsAsync(AmspRoles.Customer);
        var problem = await (await customer.UploadAsync(Cube.BinaryStl(10, copies: 40), "big.stl")).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,000", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_or_has_no_file_part_is_refused()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        await (await customer.PostAsJsonAsync("/api/models", new { file = "x" })).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var noFile = new MultipartFormDataContent { { new StringContent("hello"), "comment" } };
        var problem = await (await customer.PostAsync("/api/models", noFile)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("file", problem.ErrorFields());
    }

    [Fact]
    public async Task Another_organization_cannot_see_or_download_a_model()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await host.CreateClientAsAsync(Amsp.Host.Auth.DemoUsers.OtherCustomer);
        var model = (await acme.UploadSampleAsync("bracket.stl")).GetProperty("model").Id();
        await (await globex.GetAsync($"/api/models/{model}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await globex.GetAsync($"/api/models/{model}/file")).AssertProblemAsync(HttpStatusCode.NotFound);
        var list = await globex.GetJsonAsync("/api/models?pageSize=200");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), m => m.Id() == model);
    }

    private async Task<int> ModelCountAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Models.CountAsync();
    }

    private int BlobCount() => Directory.EnumerateFiles(Path.Combine(host.DataDirectory, "blobs"), "*", SearchOption.AllDirectories)
        .Count(f => !f.Contains(".staging", StringComparison.Ordinal));

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 400).Select(i => (byte)(i * 7))];

    // A 3MF whose model part inflates to 1 GiB of spaces from about a megabyte.
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("3D/3dmodel.model", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 1024; i++)
            {
                entry.Write(spaces);
            }
        }
        return buffer.ToArray();
    }

    private sealed class LimitedHost(long limit) : AmspHostFixture
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:Models:MaxUploadBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
