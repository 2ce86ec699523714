using Amsp.Activities.Services;
using Amsp.Domain.Models;
using Amsp.Domain.Storage;
using Amsp.Geometry;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;
using Amsp.Host.Tests.Platform;

namespace Amsp.Host.Tests.Orders;

/// <summary>The meshes an upload and the order steps after it share, so that a model is read and checked once.</summary>
public sealed class ModelMeshesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("amsp-meshes-").FullName;

    [Fact]
    public void A_remembered_upload_is_not_read_again_and_its_check_is_reused()
    {
        var store = new FileSystemBlobStore(_root);
        var meshes = new ModelMeshes(store);
        var mesh = MeshReader.Read(new MemoryStream(Cube.BinaryStl(20)), "cube.stl");
        var report = MeshCheck.Check(mesh);
        // Named by a SHA-256 the store does not hold: only the remembered mesh can answer.
        var model = new PartModel { Id = Guid.NewGuid(), Sha256 = new string('a', 64), OriginalName = "cube.stl" };

        meshes.Remember(model.Sha256, mesh, report);

        var (loaded, checkedReport) = meshes.LoadChecked(model, 1);
        Assert.Same(mesh, loaded);
        Assert.Same(report, checkedReport);
        Assert.Same(mesh, meshes.Load(model, 1));
        // In inches it is another mesh, which needs the file.
        Assert.Throws<MeshFormatException>(() => meshes.LoadChecked(model, 25.4));
    }

    [Fact]
    public async Task A_stored_model_is_read_once_and_checked_once_per_scale()
    {
        var store = new FileSystemBlobStore(_root);
        await using (var staged = await store.StageAsync(new MemoryStream(Cube.BinaryStl(10)), 1 << 20, default))
        {
            await staged.CommitAsync(default);
            var model = new PartModel { Id = Guid.NewGuid(), Sha256 = staged.Sha256, OriginalName = "cube.stl" };
            var meshes = new ModelMeshes(store);

            var (mm, first) = meshes.LoadChecked(model, 1);
            var (again, second) = meshes.LoadChecked(model, 1);
            var (inch, inInches) = meshes.LoadChecked(model, 25.4);

            Assert.Same(mm, again);
            Assert.Same(first, second);
            Assert.Equal(1000, first.Volume, 1e-6);
            Assert.Equal(1000 * Math.Pow(25.4, 3), inInches.Volume, 1e-6 * inInches.Volume);
            Assert.NotSame(mm, inch);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
