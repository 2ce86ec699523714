using Amsp.Geometry.Analysis;

namespace Amsp.Geometry.Repair;

/// <summary>One kind of change made by a repair and how many times it was made.</summary>
/// <param name="Action">Name of the change, e.g. <c>fillHoles</c>.</param>
/// <param name="Count">How many vertices, faces, holes or shells it touched.</param>
public sealed record RepairAction(string Action, int Count);

/// <summary>The repaired mesh, what was done to it, and the checks before and after.</summary>
/// <param name="Mesh">The repaired mesh (the input itself when nothing needed repair).</param>
/// <param name="Actions">Every repair step in order, with its count (zero when the step found nothing to do).</param>
/// <param name="Before">Check of the input, with the repair's weld tolerance.</param>
/// <param name="After">Check of the repaired mesh.</param>
public sealed record RepairResult(Mesh Mesh, IReadOnlyList<RepairAction> Actions, CheckReport Before, CheckReport After)
{
    /// <summary>
    /// Why the repair did less than its steps would have done: when the steps would have left more boundary or
    /// non-manifold edges or fewer watertight shells than the input, the repair was redone with an exact weld or the
    /// input returned unchanged, and this says so. Empty for an ordinary repair.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
