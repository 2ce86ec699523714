namespace Amsp.Geometry.Repair;

/// <summary>
/// The promise every repair keeps: the result has no more boundary edges, no more non-manifold edges and no fewer
/// watertight shells than the input. When the steps broke it (a tolerant weld that pinched two surfaces together,
/// for instance), the repair is run again with an exact weld only; when that breaks it too, the input comes back
/// unchanged with a warning saying why. The final result is asserted, so a violation can never pass silently.
/// </summary>
internal static class RepairGuard
{
    public static RepairResult Apply(Mesh input, RepairOptions options, RepairResult result, Func<RepairOptions, RepairResult> retry)
    {
        if (Worse(result) is not { } why)
        {
            return result;
        }

        if (options.RelativeWeldTolerance > 0)
        {
            var exact = retry(options with { RelativeWeldTolerance = 0 });
            if (Worse(exact) is null)
            {
                return exact with
                {
                    Before = result.Before,
                    Warnings = [$"The repair with a tolerant weld {why}; it was done again with an exact weld only."],
                };
            }
        }

        var unchanged = MeshRepair.Unchanged(input, result.Before) with
        {
            Warnings = [$"The repair {why}; the mesh is returned unchanged."],
        };
        return Ensure(unchanged);
    }

    /// <summary>
    /// Why the result is worse than the input, or null when it is not. Shells removed on request
    /// (<see cref="RepairOptions.MinShellTriangles"/>) are not counted as lost.
    /// </summary>
    public static string? Worse(RepairResult result)
    {
        var (before, after) = (result.Before, result.After);
        var removed = result.Actions.Where(a => a.Action == "removeSmallShells").Sum(a => a.Count);
        if (after.BoundaryEdges > before.BoundaryEdges)
        {
            return $"would have left {after.BoundaryEdges} boundary edges where the input had {before.BoundaryEdges}";
        }

        if (after.NonManifoldEdges > before.NonManifoldEdges)
        {
            return $"would have left {after.NonManifoldEdges} non-manifold edges where the input had {before.NonManifoldEdges}";
        }

        return after.WatertightShells < before.WatertightShells - removed
            ? $"would have left {after.WatertightShells} watertight shells where the input had {before.WatertightShells}"
            : null;
    }

    private static RepairResult Ensure(RepairResult result) => Worse(result) is { } why
        ? throw new InvalidOperationException($"Mesh repair broke its guarantee: it {why}.")
        : result;
}
