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

    /// <summary>Set for an existing instance a start found instead of running: it must not notify its parent again.</summary>
    public bool SuppressParentNotification { get; init; }

    /// <summary>The burst this run belongs to (its execution budget); every run has one.</summary>
    public Burst Burst { get; init; } = null!;

    /// <summary>Children RunWorkflow created (or found running) in this run: run after this run's commit, never inside it.</summary>
    public List<string> Children { get; } = [];

    /// <summary>The burst reached its budget and the definition allows long loops: continue in the background after the commit.</summary>
    public bool ContinueInBackground { get; set; }

    /// <summary>The arrived connections of a join as a set (the state keeps them as a list), built once per session.</summary>
    public HashSet<string> Arrivals(string joinId)
    {
        _arrivals ??= new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (!_arrivals.TryGetValue(joinId, out var set))
        {
            _arrivals[joinId] = set = new HashSet<string>(State.Joins.GetValueOrDefault(joinId) ?? [], StringComparer.Ordinal);
        }
        return set;
    }

    public void RemoveJoin(string joinId)
    {
        State.Joins.Remove(joinId);
        _arrivals?.Remove(joinId);
    }

    public void ClearJoins()
    {
        State.Joins.Clear();
        _arrivals = null;
    }

    private Dictionary<string, HashSet<string>>? _arrivals;

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
