using System.Buffers.Binary;
using System.Net;
using Amsp.Domain.Identity;
using Amsp.Host.Auth;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Platform;

/// <summary>The viewer's binary mesh and defects: what the check counts, where it is, for the owner only.</summary>
public sealed class ModelMeshTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task The_mesh_holds_the_welded_vertices_and_the_triangles_of_the_file()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var model = await UploadAsync(customer, Cube.BinaryStl(7.5f), "mesh-cube.stl");
        var bytes = await GetBytesAsync(customer, $"/api/models/{model}/mesh");
        Assert.Equal("AMSH"u8.ToArray(), bytes[..4]);
        Assert.Equal(1u, U32(bytes, 4));
        var (vertices, triangles) = (U32(bytes, 8), U32(bytes, 12));
        Assert.Equal((8u, 12u), (vertices, triangles));
        Assert.Equal(16 + (vertices * 12) + (triangles * 12), (uint)bytes.Length);
        var corners = Enumerable.Range(0, (int)vertices)
            .Select(v => (F32(bytes, 16 + (v * 12)), F32(bytes, 20 + (v * 12)), F32(bytes, 24 + (v * 12)))).ToHashSet();
        Assert.Equal(8, corners.Count);
        Assert.All(corners, c => Assert.True(c.Item1 is 0 or 7.5f && c.Item2 is 0 or 7.5f && c.Item3 is 0 or 7.5f));
        var indices = Enumerable.Range(0, (int)triangles * 3).Select(i => U32(bytes, 16 + ((int)vertices * 12) + (i * 4))).ToList();
        Assert.All(indices, i => Assert.True(i < vertices));
        Assert.Equal(8, indices.Distinct().Count());
    }

    [Fact]
    public async Task A_closed_cube_has_no_defects()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var model = await UploadAsync(customer, Cube.BinaryStl(8.5f), "clean-cube.stl");
        var bytes = await GetBytesAsync(customer, $"/api/models/{model}/defects");
        Assert.Equal("AMDF"u8.ToArray(), bytes[..4]);
        Assert.Equal((0u, 0u, 0u), (U32(bytes, 4), U32(bytes, 8), U32(bytes, 12)));
        Assert.Equal(16, bytes.Length);
    }

    [Fact]
    public async Task An_open_cube_lists_the_rim_of_its_hole_and_a_turned_face_is_listed_as_flipped()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        // The last two triangles are one side of the cube: without them the mesh has a square hole of four edges.
        var open = Cube.BinaryStl(9.5f)[..(84 + (50 * 10))];
        BinaryPrimitives.WriteUInt32LittleEndian(open.AsSpan(80), 10);
        var openModel = await UploadAsync(customer, open, "open-cube.stl");
        var check = (await customer.GetJsonAsync($"/api/models/{openModel}")).GetProperty("check");
        var defects = await GetBytesAsync(customer, $"/api/models/{openModel}/defects");
        Assert.Equal(4u, U32(defects, 4));
        Assert.Equal((uint)check.GetProperty("boundaryEdges").GetInt32(), U32(defects, 4));
        Assert.Equal((0u, 0u), (U32(defects, 8), U32(defects, 12)));
        Assert.Equal(16 + (4 * 2 * 4), defects.Length);
        var mesh = await GetBytesAsync(customer, $"/api/models/{openModel}/mesh");
        var rim = Enumerable.Range(0, 8).Select(i => U32(defects, 16 + (i * 4))).Select(v => Vertex(mesh, v)).ToList();
        Assert.All(rim, p => Assert.Equal(0f, p.X)); // the missing side is x = 0

        // Turning the corners of the first triangle around flips it against the other eleven.
        var turned = Cube.BinaryStl(10.5f);
        var second = turned.AsSpan(84 + 12 + 12, 12).ToArray();
        turned.AsSpan(84 + 12 + 24, 12).CopyTo(turned.AsSpan(84 + 12 + 12));
        second.CopyTo(turned.AsSpan(84 + 12 + 24));
        var turnedModel = await UploadAsync(customer, turned, "turned-cube.stl");
        defects = await GetBytesAsync(customer, $"/api/models/{turnedModel}/defects");
        Assert.Equal((0u, 0u, 1u), (U32(defects, 4), U32(defects, 8), U32(defects, 12)));
        Assert.Equal(0u, U32(defects, 16));
    }

    [Fact]
    public async Task Another_organization_gets_404_and_a_caller_without_a_session_401()
    {
        using var acme = await host.CreateClientAsAsync(AmspRoles.Customer);
        using var globex = await host.CreateClientAsAsync(DemoUsers.OtherCustomer);
        var model = await UploadAsync(acme, Cube.BinaryStl(11.5f), "private-cube.stl");
        foreach (var part in new[] { "mesh", "defects" })
        {
            await (await globex.GetAsync($"/api/models/{model}/{part}")).AssertProblemAsync(HttpStatusCode.NotFound);
            using var anonymous = host.CreateClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/models/{model}/{part}")).StatusCode);
        }
        await (await acme.GetAsync($"/api/models/{Guid.NewGuid()}/mesh")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, byte[] stl, string name) =>
        (await (await client.UploadAsync(stl, name)).OkJsonAsync(HttpStatusCode.Created)).GetProperty("model").Id();

    private static async Task<byte[]> GetBytesAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static uint U32(byte[] bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));

    private static float F32(byte[] bytes, int at) => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(at));

    private static (float X, float Y, float Z) Vertex(byte[] mesh, uint v) =>
        (F32(mesh, 16 + ((int)v * 12)), F32(mesh, 20 + ((int)v * 12)), F32(mesh, 24 + ((int)v * 12)));
}
