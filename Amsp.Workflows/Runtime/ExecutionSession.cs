namespace Amsp.Workflows.Runtime;

/// <summary>One run of an instance between loading and committing: the state plus what changed since the last commit.</summary>
internal sealed class ExecutionSession(WorkflowInstance instance, CompiledWorkflow workflow, bool isNew)
{
    public WorkflowInstance Instance { get; } = instance;

    public CompiledWorkflow Workflow { get; } = workflow;

    public InstanceState State => Instance.State;

    public bool IsNew { get; set; } = isNew;

    public List<Bookmark> AddedBookmarks { get; } = [];

    public List<string> RemovedBookmarkIds { get; } = [];

    public List<string> RemovedTimerIds { get; } = [];

    public List<JournalEntry> Journal { get; } = [];

    public List<Incident> Incidents { get; } = [];

    /// <summary>Set by a child start inside this run: the child must not notify a parent that is still running.</summary>
    public bool SuppressParentNotification { get; init; }

    public void RemoveBookmark(BookmarkRef reference)
    {
        State.Bookmarks.Remove(reference);
        var added = AddedBookmarks.FindIndex(b => b.Id == reference.Id);
        if (added >= 0)
        {
            AddedBookmarks.RemoveAt(added);
            return;
        }
        RemovedBookmarkIds.Add(reference.Id);
        if (reference.IsTimer) RemovedTimerIds.Add(reference.Id);
    }

    public void ClearChanges()
    {
        AddedBookmarks.Clear();
        RemovedBookmarkIds.Clear();
        RemovedTimerIds.Clear();
        Journal.Clear();
        Incidents.Clear();
    }
}
