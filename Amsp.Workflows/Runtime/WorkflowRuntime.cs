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
/// activity when the definition asks).
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

    /// <summary>Starts an instance of the published version of a definition and runs it until it suspends or ends.</summary>
    /// <exception cref="WorkflowDefinitionException">No published version, or it cannot run.</exception>
    /// <exception cref="ArgumentException">A required workflow input is missing.</exception>
    public async Task<WorkflowRunResult> StartAsync(string definitionId, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        var versionId = await _definitions.FindPublishedIdAsync(definitionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Workflow definition '{definitionId}' has no published version.");
        return await StartVersionAsync(versionId, options, cancellationToken);
    }

    /// <summary>Starts an instance of an exact definition version.</summary>
    /// <exception cref="WorkflowDefinitionException">Unknown version, or it cannot run.</exception>
    public async Task<WorkflowRunResult> StartVersionAsync(string definitionVersionId, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (session, result) = await StartCoreAsync(definitionVersionId, options ?? new StartWorkflowOptions(), suppressParentNotification: false, cancellationToken);
        await AfterRunAsync(session, cancellationToken);
        return result;
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
            var result = await ResumeAsync(bookmark.InstanceId, bookmark.Id, stimulus.Payload, cancellationToken);
            if (result is not null) resumed.Add(new ResumedBookmark(bookmark.InstanceId, bookmark.Id, result.Status));
        }
        return new StimulusResult(resumed) { Refused = refused };
    }

    /// <summary>Resumes one bookmark by id (its resume token); null when it no longer exists.</summary>
    public async Task<WorkflowRunResult?> ResumeBookmarkAsync(string bookmarkId, JsonObject? payload = null, CancellationToken cancellationToken = default)
    {
        var bookmark = await _instances.FindBookmarkAsync(bookmarkId, cancellationToken);
        return bookmark is null ? null : await ResumeTimerOrBookmarkAsync(bookmark, payload, cancellationToken);
    }

    /// <summary>Resumes a bookmark; for a timer, records how late it fired (its due time against the clock when claimed).</summary>
    private async Task<WorkflowRunResult?> ResumeTimerOrBookmarkAsync(Bookmark bookmark, JsonObject? payload, CancellationToken cancellationToken)
    {
        var claimedAt = Clock.GetUtcNow();
        var result = await ResumeAsync(bookmark.InstanceId, bookmark.Id, payload, cancellationToken);
        if (result is not null && bookmark.DueAt is { } dueAt) _metrics.TimerResumed(bookmark.Name, dueAt, claimedAt);
        return result;
    }

    /// <summary>Fires timer bookmarks that are due by the clock; returns how many resumed.</summary>
    public async Task<int> ProcessDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var due = await _instances.FindDueBookmarksAsync(Clock.GetUtcNow(), _options.DueTimerBatchSize, cancellationToken);
        var count = 0;
        foreach (var bookmark in due)
        {
            if (await ResumeTimerOrBookmarkAsync(bookmark, null, cancellationToken) is not null) count++;
        }
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

    /// <summary>Cancels an instance and its running or suspended children: drops their pending work and bookmarks.</summary>
    /// <exception cref="KeyNotFoundException">Unknown instance.</exception>
    public async Task<WorkflowRunResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var result = await CancelOneAsync(instanceId, cancellationToken);
        foreach (var child in await _instances.QueryAsync(new InstanceQuery { ParentInstanceId = instanceId, Take = int.MaxValue }, cancellationToken))
        {
            if (child.Status is WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted)
            {
                await CancelAsync(child.Id, cancellationToken);
            }
        }
        return result;
    }

    private Task<WorkflowRunResult> CancelOneAsync(string instanceId, CancellationToken cancellationToken) =>
        WithInstanceAsync(instanceId, session =>
        {
            if (session.Instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled) return false;
            foreach (var reference in session.State.Bookmarks.ToList()) session.RemoveBookmark(reference);
            session.State.Queue.Clear();
            session.State.Joins.Clear();
            session.Instance.Status = WorkflowStatus.Cancelled;
            session.Instance.FinishedAt = Clock.GetUtcNow();
            Journal(session, JournalEventType.WorkflowCancelled, null, null);
            return true;
        }, cancellationToken);

    /// <summary>Operator retry: re-runs the faulted activities of a faulted instance (same execution ids, next attempt).</summary>
    /// <exception cref="KeyNotFoundException">Unknown instance.</exception>
    /// <exception cref="InvalidOperationException">The instance is not faulted.</exception>
    public Task<WorkflowRunResult> RetryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        WithInstanceAsync(instanceId, session =>
        {
            if (session.Instance.Status != WorkflowStatus.Faulted)
            {
                throw new InvalidOperationException($"Workflow instance '{instanceId}' is {session.Instance.Status}, not Faulted.");
            }
            var faulted = session.State.Faulted.ToList();
            session.State.Faulted.Clear();
            foreach (var item in faulted) item.Attempt++;
            session.State.Queue.InsertRange(0, faulted);
            session.Instance.Status = WorkflowStatus.Running;
            session.Instance.FinishedAt = null;
            return true;
        }, cancellationToken);

    /// <summary>
    /// After a restart: runs instances left Running by a crash from their last commit (same execution ids).
    /// Call once at start-up, before accepting stimuli. Returns how many were recovered.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var instance in await _instances.QueryAsync(new InstanceQuery { Status = WorkflowStatus.Running, Take = int.MaxValue }, cancellationToken))
        {
            await WithInstanceAsync(instance.Id, session => session.Instance.Status == WorkflowStatus.Running, cancellationToken);
            count++;
        }
        return count;
    }

    private async Task<WorkflowRunResult?> ResumeAsync(string instanceId, string bookmarkId, JsonObject? payload, CancellationToken cancellationToken)
    {
        WorkflowRunResult? result = null;
        try
        {
            result = await WithInstanceAsync(instanceId, session =>
            {
                var reference = session.State.Bookmarks.Find(b => b.Id == bookmarkId);
                if (reference is null || session.Instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running)) return false;
                session.RemoveBookmark(reference);
                session.Instance.Status = WorkflowStatus.Running;
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
            }, nullWhenUnchanged: true, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            // The instance vanished between the bookmark lookup and the lock: nothing to resume.
        }
        return result;
    }

    private Task<WorkflowRunResult> WithInstanceAsync(string instanceId, Func<ExecutionSession, bool> change, CancellationToken cancellationToken) =>
        WithInstanceAsync(instanceId, change, nullWhenUnchanged: false, cancellationToken)!;

    /// <summary>Lock, load, apply a change, run, commit; re-evaluate from fresh state after a lost optimistic race.</summary>
    private async Task<WorkflowRunResult?> WithInstanceAsync(string instanceId, Func<ExecutionSession, bool> change, bool nullWhenUnchanged, CancellationToken cancellationToken)
    {
        ExecutionSession session;
        WorkflowRunResult? result;
        await using (await _locks.AcquireAsync(instanceId, cancellationToken))
        {
            for (var attempt = 0; ; attempt++)
            {
                var instance = await _instances.FindAsync(instanceId, cancellationToken)
                    ?? throw new KeyNotFoundException($"Workflow instance '{instanceId}' does not exist.");
                session = new ExecutionSession(instance, await GetCompiledAsync(instance.DefinitionVersionId, cancellationToken), isNew: false);
                if (!change(session))
                {
                    return nullWhenUnchanged ? null : ToResult(session);
                }
                try
                {
                    if (nullWhenUnchanged)
                    {
                        // A resume claims its bookmark with a commit before running anything, so a runtime
                        // that loses the race (another process, same database) never executes the activities.
                        await CommitAsync(session, cancellationToken);
                    }
                    await RunAsync(session, cancellationToken);
                    result = ToResult(session);
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt < _options.MaxConcurrencyRetries)
                {
                    // Another runtime committed first: re-evaluate against its state.
                }
                catch (ConcurrencyConflictException) when (nullWhenUnchanged)
                {
                    return null;
                }
            }
        }
        await AfterRunAsync(session, cancellationToken);
        return result;
    }

    private async Task<CompiledWorkflow> GetCompiledAsync(string definitionVersionId, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue(definitionVersionId, out var compiled)) return compiled;
        var definition = await _definitions.FindByIdAsync(definitionVersionId, cancellationToken)
            ?? throw new WorkflowDefinitionException($"Workflow definition version '{definitionVersionId}' does not exist.");
        compiled = new CompiledWorkflow(definition, _registry);
        // Only versions that were published are cached: their content is frozen (edits create a new version).
        if (await _definitions.WasPublishedAsync(definitionVersionId, cancellationToken)) _compiled.TryAdd(definitionVersionId, compiled);
        return compiled;
    }

    private static WorkflowRunResult ToResult(ExecutionSession session) => new(
        session.Instance.Id,
        session.Instance.Status,
        (JsonObject)session.State.Output.DeepClone(),
        [.. session.State.Bookmarks.Select(b => b.Id)],
        session.Instance.IncidentCount);

    internal static string NewId() => Guid.CreateVersion7().ToString("N");
}
