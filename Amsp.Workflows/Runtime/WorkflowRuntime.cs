using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Amsp.Workflows.Descriptors;
using Amsp.Workflows.Expressions;
using Amsp.Workflows.Options;
using Amsp.Workflows.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amsp.Workflows.Runtime;

/// <summary>
/// Starts, resumes, cancels and retries workflow instances. Thread-safe; register as a singleton.
/// Every public operation locks the instance, runs ready work, and commits once at its end (plus per
/// activity when the definition asks, and at the end of each slice of a long burst); a burst stops at its
/// execution budget (<see cref="WorkflowLimits"/>).
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>Name of the stimulus that resumes a parent when its child ends (correlation id: the child's id).</summary>
    public const string ChildEndedStimulus = "Amsp.ChildEnded";

    /// <summary>Name of the engine's retry timers.</summary>
    public const string RetryTimerName = "Amsp.Retry";

    private readonly IServiceProvider _services;
    private readonly IWorkflowDefinitionStore _definitions;
    private readonly IWorkflowInstanceStore _instances;
    private readonly ActivityRegistry _registry;
    private readonly IInstanceLockProvider _locks;
    private readonly IWorkflowScheduler _scheduler;
    private readonly WorkflowEngineOptions _options;
    private readonly ILogger<WorkflowRuntime> _logger;
    private readonly WorkflowMetrics _metrics;
    private readonly ConcurrentDictionary<string, CompiledWorkflow> _compiled = new(StringComparer.Ordinal);

    /// <summary>Creates the runtime (normally through <c>AddWorkflowEngine</c>).</summary>
    public WorkflowRuntime(
        IServiceProvider services,
        IWorkflowDefinitionStore definitions,
        IWorkflowInstanceStore instances,
        ActivityRegistry registry,
        ExpressionEvaluator expressions,
        IInstanceLockProvider locks,
        IWorkflowScheduler scheduler,
        TimeProvider clock,
        IOptions<WorkflowEngineOptions> options,
        ILogger<WorkflowRuntime> logger,
        IMeterFactory meterFactory)
    {
        _services = services;
        _definitions = definitions;
        _instances = instances;
        _registry = registry;
        Expressions = expressions;
        _locks = locks;
        _scheduler = scheduler;
        Clock = clock;
        _options = options.Value;
        _logger = logger;
        _metrics = new WorkflowMetrics(meterFactory);
    }

    internal TimeProvider Clock { get; }

    internal ExpressionEvaluator Expressions { get; }

    internal WorkflowLimits Limits => _options.Limits;

    /// <summary>Starts an instance of the published version of a definition and runs it until it suspends or ends.</summary>
    /// <exception cref="WorkflowDefinitionException">No published version, or it cannot run.</exception>
    /// <exception cref="ArgumentException">A required workflow input is missing.</exception>
    public async Task<WorkflowRunResult> StartAsync(string definitionId, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        var versionId = await _definitions.FindPublishedIdAsync(definitionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Workflow definition '{definitionId}' has no published version.");
        return await StartVersionAsync(versionId, options, cancellationToken);
    }

    /// <summary>
    /// Starts an instance of an exact definition version and runs it until it suspends, ends or reaches its execution
    /// budget (then it is suspended with an incident, or goes on in the background if its definition allows long loops).
    /// </summary>
    /// <exception cref="WorkflowDefinitionException">Unknown version, or it cannot run.</exception>
    public async Task<WorkflowRunResult> StartVersionAsync(string definitionVersionId, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = NewCall();
        var burst = NewBurst(call);
        var (session, result, sliced) = await StartCoreAsync(definitionVersionId, options ?? new StartWorkflowOptions(), burst, cancellationToken);
        await AfterRunAsync(session, call, cancellationToken);
        if (sliced)
        {
            result = (await RunBurstAsync(result.InstanceId, KeepRunning, claim: false, burst, cancellationToken)).Result ?? result;
        }
        return await EndCallAsync(call, result, cancellationToken);
    }

    /// <summary>Resumes every bookmark matching a stimulus; reports which instances were resumed.</summary>
    public Task<StimulusResult> TriggerAsync(Stimulus stimulus, CancellationToken cancellationToken = default) =>
        TriggerAsync(stimulus, admit: null, cancellationToken);

    /// <summary>
    /// Delivers a stimulus to the matching bookmarks that <paramref name="admit"/> lets through (all when null);
    /// the others are reported as refused and stay in place.
    /// </summary>
    public async Task<StimulusResult> TriggerAsync(Stimulus stimulus, Func<Bookmark, bool>? admit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stimulus);
        var call = NewCall();
        var result = await TriggerCoreAsync(stimulus, admit, call, cancellationToken);
        await DrainAsync(call, cancellationToken);
        return result;
    }

    private async Task<StimulusResult> TriggerCoreAsync(Stimulus stimulus, Func<Bookmark, bool>? admit, RunCall call, CancellationToken cancellationToken)
    {
        var hash = Bookmark.ComputeHash(stimulus.Name, stimulus.CorrelationId, stimulus.Discriminator);
        var resumed = new List<ResumedBookmark>();
        var refused = new List<Bookmark>();
        foreach (var bookmark in (await _instances.FindBookmarksByHashAsync(hash, cancellationToken)).OrderBy(b => b.CreatedAt))
        {
            if (admit is not null && !admit(bookmark))
            {
                refused.Add(bookmark);
                continue;
            }
            var result = await ResumeAsync(bookmark.InstanceId, bookmark.Id, stimulus.Payload, call, cancellationToken);
            if (result is not null) resumed.Add(new ResumedBookmark(bookmark.InstanceId, bookmark.Id, result.Status));
        }
        return new StimulusResult(resumed) { Refused = refused };
    }

    /// <summary>Resumes one bookmark by id (its resume token); null when it no longer exists.</summary>
    public async Task<WorkflowRunResult?> ResumeBookmarkAsync(string bookmarkId, JsonObject? payload = null, CancellationToken cancellationToken = default)
    {
        var bookmark = await _instances.FindBookmarkAsync(bookmarkId, cancellationToken);
        if (bookmark is null) return null;
        var call = NewCall();
        var result = await ResumeTimerOrBookmarkAsync(bookmark, payload, call, cancellationToken);
        return result is null ? null : await EndCallAsync(call, result, cancellationToken);
    }

    /// <summary>Resumes a bookmark; for a timer, records how late it fired (its due time against the clock when claimed).</summary>
    private async Task<WorkflowRunResult?> ResumeTimerOrBookmarkAsync(Bookmark bookmark, JsonObject? payload, RunCall call, CancellationToken cancellationToken)
    {
        var claimedAt = Clock.GetUtcNow();
        var result = await ResumeAsync(bookmark.InstanceId, bookmark.Id, payload, call, cancellationToken);
        if (result is not null && bookmark.DueAt is { } dueAt) _metrics.TimerResumed(bookmark.Name, dueAt, claimedAt);
        return result;
    }

    /// <summary>Fires timer bookmarks that are due by the clock; returns how many resumed.</summary>
    public async Task<int> ProcessDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var due = await _instances.FindDueBookmarksAsync(Clock.GetUtcNow(), _options.DueTimerBatchSize, cancellationToken);
        var call = NewCall();
        var count = 0;
        foreach (var bookmark in due)
        {
            if (await ResumeTimerOrBookmarkAsync(bookmark, null, call, cancellationToken) is not null) count++;
        }
        await DrainAsync(call, cancellationToken);
        return count;
    }

    /// <summary>
    /// At start-up: hands every pending timer bookmark of running or suspended instances to the
    /// <see cref="IWorkflowScheduler"/> again (an in-process scheduler forgets them on restart; one due
    /// already fires at once). Returns how many were scheduled.
    /// </summary>
    public async Task<int> RestoreTimersAsync(CancellationToken cancellationToken = default)
    {
        var timers = await _instances.FindDueBookmarksAsync(DateTimeOffset.MaxValue, int.MaxValue, cancellationToken);
        foreach (var timer in timers)
        {
            await _scheduler.ScheduleAsync(new TimerRegistration(timer.Id, timer.InstanceId, timer.DueAt!.Value), cancellationToken);
        }
        return timers.Count;
    }

    private async Task<WorkflowRunResult?> ResumeAsync(string instanceId, string bookmarkId, JsonObject? payload, RunCall call, CancellationToken cancellationToken)
    {
        try
        {
            var (result, changed) = await RunBurstAsync(instanceId, session =>
            {
                var reference = session.State.Bookmarks.Find(b => b.Id == bookmarkId);
                if (reference is null || session.Instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running)) return false;
                session.RemoveBookmark(reference);
                session.Instance.Status = WorkflowStatus.Running;
                if (reference.IsPause)
                {
                    ResumePaused(session, reference);
                    return true;
                }
                var item = new WorkItem
                {
                    ExecutionId = reference.ExecutionId,
                    ActivityId = reference.ActivityId,
                    Attempt = reference.Attempt,
                    Resume = !reference.IsRetry,
                    ResumePayload = reference.IsRetry ? null : (JsonObject?)payload?.DeepClone(),
                };
                Journal(session, JournalEventType.Resumed, item, session.Workflow.Nodes.GetValueOrDefault(item.ActivityId)?.Descriptor.Type);
                session.State.Queue.Insert(0, item);
                return true;
            }, claim: true, NewBurst(call), cancellationToken);
            return changed ? result : null;
        }
        catch (KeyNotFoundException)
        {
            // The instance vanished between the bookmark lookup and the lock: nothing to resume.
            return null;
        }
    }

    private async Task<CompiledWorkflow> GetCompiledAsync(string definitionVersionId, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue(definitionVersionId, out var compiled)) return compiled;
        var definition = await _definitions.FindByIdAsync(definitionVersionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Workflow definition version '{definitionVersionId}' does not exist.");
        compiled = new CompiledWorkflow(definition, _registry, _options.Limits);
        // Only versions that were published are cached: their content is frozen (edits create a new version).
        if (await _definitions.WasPublishedAsync(definitionVersionId, cancellationToken)) _compiled.TryAdd(definitionVersionId, compiled);
        return compiled;
    }

    private static WorkflowRunResult ToResult(ExecutionSession session) => ToResult(session.Instance);

    private static WorkflowRunResult ToResult(WorkflowInstance instance) => new(
        instance.Id,
        instance.Status,
        (JsonObject)instance.State.Output.DeepClone(),
        [.. instance.State.Bookmarks.Select(b => b.Id)],
        instance.IncidentCount);

    internal static string NewId() => Guid.CreateVersion7().ToString("N");
}
