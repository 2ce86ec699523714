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

    /// <summary>
    /// Collects and also gives the freed memory back to the system. A plain collection keeps freed regions committed
    /// for reuse, so the process's resident memory stays at its high mark; between repair steps, where the next step
    /// allocates arrays of other sizes, that kept memory raised the repair's peak by about 10 MiB at 1M triangles.
    /// Costs a compaction (some 10-20 ms at that size), so it is kept for the repair's two largest releases.
    /// </summary>
    public static void ReleaseToSystem(int triangles)
    {
        if (triangles >= Threshold)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
