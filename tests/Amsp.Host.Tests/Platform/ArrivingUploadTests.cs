using System.Net;
using System.Security.Cryptography;
using Amsp.Activities.Services;
using Amsp.Domain.Identity;
using Amsp.Domain.Models;
using Amsp.Domain.Persistence;
using Amsp.Domain.Storage;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;
using Amsp.Host.Platform.Models;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Platform;

/// <summary>
/// A large binary STL is read while its upload arrives, beside the staging; what that read gives must be the analysis
/// the staged file gives when read afterwards, and whatever it cannot vouch for is read again the usual way.
/// </summary>
public sealed class ArrivingUploadTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>, IDisposable
{
    private static readonly byte[] Torus = TorusStl(420, 260); // 218,400 triangles, 10.9 MB: over the arriving read's 8 MiB
    private readonly string _root = Directory.CreateTempSubdirectory("amsp-arriving-").FullName;

    [Fact]
    public async Task What_is_read_while_the_file_arrives_is_the_analysis_of_the_staged_file()
    {
        var (analyzer, path) = Staged(Torus);
        await using var arriving = analyzer.BeginArriving("torus.stl", Torus.Length + 200);
        Assert.NotNull(arriving);
        Assert.True(await FeedAsync(arriving, Torus));

        var early = await arriving.AnalyzeAsync(path, "torus.stl", Torus.Length, Sha(Torus), CancellationToken.None);

        var usual = analyzer.Analyze(path, "torus.stl", Sha(Torus), CancellationToken.None);
        Assert.NotNull(early);
        Assert.Equal(usual, early);
        Assert.Contains("\"triangles\":218400", early.CheckReportJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_whose_length_the_request_does_not_back_is_not_read_at_all()
    {
        var (analyzer, path) = Staged(Torus);
        // The request announces twice the file: the header's length is not the request's, so the reader takes nothing.
        await using var arriving = analyzer.BeginArriving("torus.stl", 2L * Torus.Length);
        Assert.NotNull(arriving);
        Assert.False(await FeedAsync(arriving, Torus));
        Assert.Null(await arriving.AnalyzeAsync(path, "torus.stl", Torus.Length, Sha(Torus), CancellationToken.None));
    }

    [Theory]
    [InlineData("padded", "10 bytes past the last triangle")] // the staged file is longer than the header says
    [InlineData("nan", "Triangle 200000")] // a coordinate that is not finite needs the usual reader's second pass
    public async Task What_the_arriving_read_cannot_vouch_for_is_read_again_the_usual_way_which_words_the_error(string damage, string message)
    {
        var file = damage == "padded" ? [.. Torus, .. new byte[10]] : (byte[])Torus.Clone();
        if (damage == "nan")
        {
            BitConverter.GetBytes(float.NaN).CopyTo(file, 84 + (50 * 200_000) + 12 + 4);
        }
        var (analyzer, path) = Staged(file);
        await using var arriving = analyzer.BeginArriving("torus.stl", file.Length + 200);
        Assert.NotNull(arriving);
        await FeedAsync(arriving, file);
        Assert.Null(await arriving.AnalyzeAsync(path, "torus.stl", file.Length, Sha(file), CancellationToken.None));
        var e = Assert.Throws<ModelRejectedException>(() => analyzer.Analyze(path, "torus.stl", Sha(file), CancellationToken.None));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_stops_arriving_leaves_nothing_running()
    {
        var (analyzer, _) = Staged(Torus);
        var arriving = analyzer.BeginArriving("torus.stl", Torus.Length + 200);
        Assert.NotNull(arriving);
        Assert.True(await FeedAsync(arriving, Torus[..(Torus.Length / 3)]));
        await arriving.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)); // the reader sees the end and stops
        Assert.False(await arriving.WriteAsync(Torus.AsMemory(0, 10), CancellationToken.None));
    }

    [Fact]
    public async Task A_large_upload_through_the_api_has_the_usual_analysis_and_a_broken_one_the_usual_refusal()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var file = (byte[])Torus.Clone();
        file[0] ^= 0x5A; // a file of its own in this host: its header differs from any other test's
        var created = await (await customer.UploadAsync(file, "torus.stl")).OkJsonAsync(HttpStatusCode.Created);
        var usual = MeshCheck.Check(MeshReader.Read(new MemoryStream(file), "torus.stl"));
        var check = created.GetProperty("check");
        Assert.Equal(usual.Triangles, check.GetProperty("triangles").GetInt32());
        Assert.Equal(usual.Vertices, check.GetProperty("vertices").GetInt32());
        Assert.Equal(usual.Shells, check.GetProperty("shells").GetInt32());
        Assert.Equal(usual.Volume, check.GetProperty("volume").GetDouble(), 1e-3); // the report rounds to four decimals
        Assert.Equal(usual.Area, check.GetProperty("area").GetDouble(), 1e-3);

        var models = await ModelCountAsync();
        var truncated = file[..^120];
        truncated[1] ^= 0x5A;
        var problem = await (await customer.UploadAsync(truncated, "torus.stl")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("truncated", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(models, await ModelCountAsync());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (GeometryModelAnalyzer Analyzer, string Path) Staged(byte[] content)
    {
        var path = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, content);
        return (new GeometryModelAnalyzer(new ModelMeshes(new FileSystemBlobStore(Path.Combine(_root, "blobs")))), path);
    }

    // In the pieces the staging hands on; false once the reader wants no more.
    private static async Task<bool> FeedAsync(IArrivingModel arriving, byte[] content)
    {
        for (var at = 0; at < content.Length; at += 128 * 1024)
        {
            if (!await arriving.WriteAsync(content.AsMemory(at, Math.Min(128 * 1024, content.Length - at)), CancellationToken.None))
            {
                return false;
            }
        }
        return true;
    }

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async Task<int> ModelCountAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Models.CountAsync();
    }

    private static byte[] TorusStl(int n, int m)
    {
        Vec3 At(int i, int j)
        {
            (i, j) = (i % n, j % m); // the seams meet exactly: a closed torus
            double u = 2 * Math.PI * i / n, v = 2 * Math.PI * j / m, r = 20 + (5 * Math.Cos(v));
            return new Vec3(r * Math.Cos(u), r * Math.Sin(u), 5 * Math.Sin(v));
        }
        var soup = new List<float>(n * m * 18);
        void Add(Vec3 p) => soup.AddRange([(float)p.X, (float)p.Y, (float)p.Z]);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                Vec3 a = At(i, j), b = At(i + 1, j), c = At(i + 1, j + 1), d = At(i, j + 1);
                Add(a); Add(b); Add(c);
                Add(a); Add(c); Add(d);
            }
        }
        using var stream = new MemoryStream();
        MeshWriter.WriteBinaryStl(Mesh.FromTriangleSoup([.. soup]), stream);
        return stream.ToArray();
    }
}
