using System.Runtime;

namespace Amsp.Geometry;

/// <summary>
/// Large meshes go through stages that each allocate big scratch arrays (hash tables, corner lists, queues).
/// Collecting between stages lets the next stage reuse that memory, so peak memory follows the largest stage
/// rather than the sum of all of them. Small meshes never pay for it.
/// </summary>
internal static class Scratch
{
    private const int Threshold = 250_000;

    public static void Release(int triangles)
    {
        if (triangles >= Threshold)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.Default;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }
}
