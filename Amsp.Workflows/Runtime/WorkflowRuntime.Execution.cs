using System.Text.Json;
using System.Text.Json.Nodes;
using Amsp.Workflows.Activities;
using Amsp.Workflows.Model;
using Amsp.Workflows.Persistence;

namespace Amsp.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Runs ready work until none is left, then suspends or finishes, and commits. Stops early, committed, at the end
    /// of a slice (then true: the caller releases the lock and runs the next slice) or at the burst's budget.
    /// </summary>
    private async Task<bool> RunAsync(ExecutionSession session, CancellationToken cancellationToken)
    {
        var state = session.State;
        var workflow = session.Workflow;
        var limits = _options.Limits;
        if (workflow.CommitPerActivity && session.IsNew) await CommitAsync(session, cancellationToken);
        var frequency = Clock.TimestampFrequency;
        var burstEnd = session.Burst.Started + (long)(workflow.MaxDuration.TotalSeconds * frequency);
        var sliceEnd = Clock.GetTimestamp() + (long)(limits.SliceDuration.TotalSeconds * frequency);
        var sliceActivities = 0;
        while (true)
        {
            while (state.Queue.Count > 0 && session.Instance.Status == WorkflowStatus.Running)
            {
                var now = Clock.GetTimestamp();
                if (session.Burst.Activities >= workflow.MaxActivities || now >= burstEnd)
                {
                    BudgetReached(session);
                    await CommitAsync(session, cancellationToken);
                    return false;
                }
                if (sliceActivities >= limits.SliceActivities || now >= sliceEnd)
                {
                    await CommitAsync(session, cancellationToken);
                    return true;
                }
                var item = state.Queue[0];
                state.Queue.RemoveAt(0);
                await ExecuteAsync(session, item, cancellationToken);
                session.Burst.Executed();
                sliceActivities++;
                if (workflow.CommitPerActivity && session.Instance.Status == WorkflowStatus.Running)
                {
                    await CommitAsync(session, cancellationToken);
                }
            }
            if (session.Instance.Status != WorkflowStatus.Running || !ScheduleReadyJoin(session)) break;
        }
        if (session.Instance.Status == WorkflowStatus.Running)
        {
            if (state.Bookmarks.Count > 0) session.Instance.Status = WorkflowStatus.Suspended;
            else Finish(session);
        }
        await CommitAsync(session, cancellationToken);
        return false;
    }

    private async Task ExecuteAsync(ExecutionSession session, WorkItem item, CancellationToken cancellationToken)
    {
        if (!session.Workflow.Nodes.TryGetValue(item.ActivityId, out var node))
        {
            throw new WorkflowDefinitionException($"Activity '{item.ActivityId}' does not exist in '{session.Workflow.Definition.DefinitionId}' v{session.Workflow.Definition.Version}.");
        }
        var type = node.Descriptor.Type;
        if (!item.Resume) Journal(session, JournalEventType.Started, item, type);
        var started = Clock.GetTimestamp();
        var context = new ActivityContext(this, session, item, type, cancellationToken);
        ActivityResult result;
        try
        {
            var activity = node.Create(_services);
            await BindInputsAsync(activity, node, context);
            result = item.Resume ? await activity.ResumeAsync(context) : await activity.ExecuteAsync(context);
            WriteOutputs(activity, node, context);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: abandon the run without committing; the last commit is the truth.
            throw;
        }
        catch (Exception ex)
        {
            HandleIncident(session, item, node.Descriptor.Type, ex, Clock.GetElapsedTime(started));
            return;
        }
        Apply(session, item, type, result, Clock.GetElapsedTime(started));
    }

    private async Task BindInputsAsync(Activity activity, CompiledNode node, ActivityContext context)
    {
        foreach (var input in node.Descriptor.Inputs)
        {
            JsonNode? value;
            if (node.Node.Inputs?.GetValueOrDefault(input.Name) is { } expression)
            {
                value = await Expressions.EvaluateAsync(expression, context.Scope, context.CancellationToken);
            }
            else if (input.Default is not null)
            {
                value = input.Default.DeepClone();
            }
            else if (input.Required)
            {
                throw new InvalidOperationException($"Input '{input.Name}' of activity '{node.Node.Id}' is required.");
            }
            else
            {
                continue;
            }
            input.Property.SetValue(activity, ConvertInput(value, input.Property.PropertyType, node.Node.Id, input.Name));
        }
    }

    private static object? ConvertInput(JsonNode? value, Type type, string activityId, string inputName)
    {
        if (type == typeof(JsonNode)) return value;
        if (value is null) return null;
        if (type == typeof(string))
        {
            return value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        }
        try
        {
            return value.Deserialize(type, WorkflowJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Input '{inputName}' of activity '{activityId}' cannot be read as {type.Name}: {ex.Message}", ex);
        }
    }

    private static void WriteOutputs(Activity activity, CompiledNode node, ActivityContext context)
    {
        foreach (var output in node.Descriptor.Outputs)
        {
            var value = output.Property.GetValue(activity);
            context.SetOutput(output.Name, value as JsonNode ?? JsonSerializer.SerializeToNode(value, output.Property.PropertyType, WorkflowJson.Options));
        }
    }

    private void Apply(ExecutionSession session, WorkItem item, string type, ActivityResult result, TimeSpan duration)
    {
        switch (result.Kind)
        {
            case ActivityResultKind.Completed:
                Journal(session, JournalEventType.Completed, item, type, outcome: string.Join(',', result.Outcomes), duration: duration);
                foreach (var outcome in result.Outcomes)
                {
                    foreach (var connection in session.Workflow.Outgoing(item.ActivityId, outcome))
                    {
                        Schedule(session, connection.Target.Activity, connection.Key);
                    }
                }
                break;
            case ActivityResultKind.Suspended:
                CreateBookmark(session, item, result.Bookmark!, isRetry: false);
                Journal(session, JournalEventType.Suspended, item, type, duration: duration, message: result.Bookmark!.Name);
                break;
            case ActivityResultKind.Waiting:
                Journal(session, JournalEventType.Suspended, item, type, duration: duration, message: "Waiting for other inbound branches.");
                break;
            case ActivityResultKind.FinishWorkflow:
                Journal(session, JournalEventType.Completed, item, type, duration: duration);
                foreach (var reference in session.State.Bookmarks.ToList()) session.RemoveBookmark(reference);
                session.State.Queue.Clear();
                session.State.Paused = null;
                session.ClearJoins();
                break;
        }
    }

    internal void Schedule(ExecutionSession session, string activityId, string? via)
    {
        var item = new WorkItem { ExecutionId = NewId(), ActivityId = activityId, Via = via };
        session.State.Queue.Add(item);
        Journal(session, JournalEventType.Scheduled, item, session.Workflow.Nodes.GetValueOrDefault(activityId)?.Descriptor.Type);
    }

    private void CreateBookmark(ExecutionSession session, WorkItem item, BookmarkRequest request, bool isRetry, bool isPause = false)
    {
        var bookmark = new Bookmark
        {
            Id = NewId(),
            InstanceId = session.Instance.Id,
            ActivityId = item.ActivityId,
            ExecutionId = item.ExecutionId,
            Name = request.Name,
            CorrelationId = request.CorrelationId,
            Hash = Bookmark.ComputeHash(request.Name, request.CorrelationId, request.Discriminator),
            Payload = request.Payload,
            DueAt = request.DueAt,
            Roles = request.Roles,
            CreatedAt = Clock.GetUtcNow(),
        };
        session.AddedBookmarks.Add(bookmark);
        session.State.Bookmarks.Add(new BookmarkRef
        {
            Id = bookmark.Id,
            ActivityId = item.ActivityId,
            ExecutionId = item.ExecutionId,
            Attempt = isRetry ? item.Attempt + 1 : item.Attempt,
            IsRetry = isRetry,
            IsTimer = request.DueAt is not null,
            IsPause = isPause,
        });
    }

    private void Finish(ExecutionSession session)
    {
        session.Instance.Status = WorkflowStatus.Finished;
        session.Instance.FinishedAt = Clock.GetUtcNow();
        foreach (var output in session.Workflow.Definition.Outputs ?? [])
        {
            session.State.Output[output.Name] = session.State.Variables[output.Name]?.DeepClone();
        }
        Journal(session, JournalEventType.WorkflowFinished, null, null);
    }

    internal void Journal(
        ExecutionSession session, JournalEventType eventType, WorkItem? item, string? activityType,
        string? outcome = null, TimeSpan? duration = null, string? message = null)
    {
        var state = session.State;
        var entry = new JournalEntry(
            session.Instance.Id, state.JournalSequence++, Clock.GetUtcNow(), eventType,
            item?.ActivityId, activityType, item?.ExecutionId, outcome, duration, message);
        session.Journal.Add(entry);
        var limits = _options.Limits;
        if (state.JournalOverflow is not null || entry.Sequence >= limits.JournalHeadEntries)
        {
            // Past its head the journal lives with the state, its latest entries in full and older ones counted.
            (state.JournalOverflow ??= new JournalOverflow { FirstSequence = entry.Sequence }).Add(entry, limits.JournalTailEntries);
        }
    }

    /// <summary>The entries of this commit that go to the journal table: those before the journal's overflow.</summary>
    private static List<JournalEntry> StoredJournal(ExecutionSession session)
    {
        var journal = session.Journal;
        if (session.State.JournalOverflow is not { FirstSequence: var first } || journal.Count == 0 || journal[^1].Sequence < first) return journal;
        var kept = journal.FindIndex(e => e.Sequence >= first);
        return kept <= 0 ? [] : journal.GetRange(0, kept);
    }

    private async Task CommitAsync(ExecutionSession session, CancellationToken cancellationToken)
    {
        session.Instance.UpdatedAt = Clock.GetUtcNow();
        await _instances.CommitAsync(new InstanceCommit
        {
            Instance = session.Instance,
            IsNew = session.IsNew,
            AddedBookmarks = session.AddedBookmarks,
            RemovedBookmarkIds = session.RemovedBookmarkIds,
            Journal = StoredJournal(session),
            Incidents = session.Incidents,
        }, cancellationToken);
        _metrics.Committed(session.Instance.DefinitionId, session.Journal, session.AddedBookmarks.Count, session.RemovedBookmarkIds.Count);
        session.IsNew = false;
        foreach (var bookmark in session.AddedBookmarks.Where(b => b.DueAt is not null))
        {
            await _scheduler.ScheduleAsync(new TimerRegistration(bookmark.Id, bookmark.InstanceId, bookmark.DueAt!.Value), cancellationToken);
        }
        foreach (var id in session.RemovedTimerIds) await _scheduler.UnscheduleAsync(id, cancellationToken);
        session.ClearChanges();
    }
}
