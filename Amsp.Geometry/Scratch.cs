using System.Runtime;

namespace Amsp.Geometry;

/// <summary>
/// Large meshes go through stages that each allocate big scratch arrays (hash tables, corner lists, queues).
/// Collecting between stages lets the next stage reuse that memory, so peak memory follows the largest stage
/// rather than the sum of all of them. That is what a one-shot command wants (its peak is the figure); a server
/// wants the opposite: a forced full collection stops its other requests too (20-25 ms each in the host during an
/// upload's check). So the collections happen only when <see cref="Switch"/> is on, as the <c>amsp mesh</c> verbs
/// set it; small meshes never pay for them.
/// </summary>
internal static class Scratch
{
    /// <summary>The <see cref="AppContext"/> switch that turns the collections between stages on.</summary>
    public const string Switch = "Amsp.Geometry.CollectBetweenStages";

    private const int Threshold = 250_000;

    private static bool On(int triangles) => triangles >= Threshold && AppContext.TryGetSwitch(Switch, out var on) && on;

    public static void Release(int triangles)
    {
        if (On(triangles))
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
        if (On(triangles))
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
