namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Runs one instance that a crash left <see cref="WorkflowStatus.Running"/> on from its last commit (same execution ids),
    /// as <see cref="RecoverAsync(CancellationToken)"/> does for all of them at start-up. For a node of a cluster that takes
    /// over the work of one that died: the instance lock keeps it from running an instance another node is running, and an
    /// instance that is not Running (any more) is left alone. Returns whether it ran.
    /// </summary>
    public async Task<bool> RecoverAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var ran = false;
        try
        {
            await WithInstanceAsync(instanceId, session => ran = session.Instance.Status == WorkflowStatus.Running, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            // Deleted meanwhile: nothing to run.
        }
        return ran;
    }
}
