namespace Amsp.Host.Workflows.Scheduling;

/// <summary>How instances a crash interrupted are run on after a start. Bound from <c>Amsp:Workflows</c>.</summary>
public sealed class WorkflowRecoveryOptions
{
    /// <summary>
    /// Interrupted instances run on per second, at most, in the background once the host is ready. Default 100: a
    /// restart after a flood of instances neither delays readiness nor takes the server from new requests.
    /// </summary>
    public int RecoveryPerSecond { get; set; } = 100;
}
