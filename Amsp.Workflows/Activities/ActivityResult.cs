using System.Text.Json.Nodes;

namespace Amsp.Workflows.Activities;

/// <summary>What an activity execution asks the scheduler to do next.</summary>
public sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes, BookmarkRequest? bookmark)
    {
        Kind = kind;
        Outcomes = outcomes;
        Bookmark = bookmark;
    }

    /// <summary>The kind of result.</summary>
    public ActivityResultKind Kind { get; }

    /// <summary>Outcomes whose connections are scheduled (for <see cref="ActivityResultKind.Completed"/>).</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>The bookmark to create (for <see cref="ActivityResultKind.Suspended"/>).</summary>
    public BookmarkRequest? Bookmark { get; }

    /// <summary>Completed with outcome <c>Done</c>.</summary>
    public static ActivityResult Done { get; } = new(ActivityResultKind.Completed, ["Done"], null);

    /// <summary>Completed with no outcome: the branch ends here.</summary>
    public static ActivityResult EndBranch { get; } = new(ActivityResultKind.Completed, [], null);

    /// <summary>Waiting for other inbound branches (joins); no bookmark, no outcome.</summary>
    public static ActivityResult Waiting { get; } = new(ActivityResultKind.Waiting, [], null);

    /// <summary>Finishes the whole instance now, dropping all other pending work and bookmarks.</summary>
    public static ActivityResult FinishWorkflow { get; } = new(ActivityResultKind.FinishWorkflow, [], null);

    /// <summary>Completed with the given outcomes.</summary>
    public static ActivityResult Outcome(params string[] outcomes) => new(ActivityResultKind.Completed, outcomes, null);

    /// <summary>Suspends the activity with a bookmark; <see cref="Activity.ResumeAsync"/> runs when it is resumed.</summary>
    public static ActivityResult Suspend(BookmarkRequest bookmark) => new(ActivityResultKind.Suspended, [], bookmark);
}

/// <summary>Kinds of <see cref="ActivityResult"/>.</summary>
public enum ActivityResultKind
{
    /// <summary>Done; schedule the outcomes' connections.</summary>
    Completed,

    /// <summary>Suspended on a bookmark.</summary>
    Suspended,

    /// <summary>Waiting (joins).</summary>
    Waiting,

    /// <summary>Finish the instance.</summary>
    FinishWorkflow,
}

/// <summary>A bookmark an activity asks for.</summary>
/// <param name="Name">Stimulus name that resumes it.</param>
/// <param name="CorrelationId">Correlation id a stimulus must carry (null matches stimuli without one).</param>
/// <param name="Discriminator">Optional extra key a stimulus must carry (part of the hash).</param>
/// <param name="Payload">Data kept with the bookmark for the activity.</param>
/// <param name="DueAt">For timers: when the scheduler should resume it.</param>
/// <param name="Roles">Roles whose members may deliver the resuming stimulus; hosting enforces them.</param>
public sealed record BookmarkRequest(
    string Name,
    string? CorrelationId = null,
    JsonNode? Discriminator = null,
    JsonObject? Payload = null,
    DateTimeOffset? DueAt = null,
    IReadOnlyList<string>? Roles = null);
