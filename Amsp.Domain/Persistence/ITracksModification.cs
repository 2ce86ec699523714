namespace Amsp.Domain.Persistence;

/// <summary>
/// An entity whose last change is recorded (<see cref="ModificationTimes"/> stamps it at every save that adds or changes
/// it), so that an ERP can pull only what changed since its last pull.
/// </summary>
public interface ITracksModification
{
    /// <summary>When the entity was last added or changed (UTC).</summary>
    DateTimeOffset ModifiedAt { get; set; }
}
