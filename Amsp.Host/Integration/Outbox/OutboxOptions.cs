using System.ComponentModel.DataAnnotations;

namespace Amsp.Host.Integration.Outbox;

/// <summary>The outbox dispatcher's pace and patience (<c>Amsp:Integration:Outbox</c>), validated at start.</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Amsp:Integration:Outbox";

    /// <summary>Between two looks for due deliveries. Default 1 second; zero turns the dispatcher off (tests dispatch by hand).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries claimed per round. Default 100.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Deliveries attempted at once by one node. Default 8.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 8;

    /// <summary>Attempts before a delivery goes to the dead letters. Default 10.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt, doubled after each further one (then jittered). Default 10 seconds.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts, a receiver's Retry-After included. Default 1 hour.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a node holds a delivery it attempts; an attempt is cut off before its lease ends, and a node that died
    /// mid-attempt loses the delivery to another (or to itself, restarted) when it ends. Default 2 minutes.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a webhook's previous secret keeps signing after a rotation, unless the rotation says. Default 24 hours.</summary>
    public TimeSpan SecretRotationWindow { get; set; } = TimeSpan.FromHours(24);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval < TimeSpan.Zero || PollInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("PollInterval must be from 0 (off) to 1 hour.", [nameof(PollInterval)]);
        }
        if (BaseDelay <= TimeSpan.Zero || MaxDelay < BaseDelay || MaxDelay > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("BaseDelay must be positive and MaxDelay from BaseDelay to 7 days.", [nameof(BaseDelay), nameof(MaxDelay)]);
        }
        if (LeaseDuration < TimeSpan.FromSeconds(2) || LeaseDuration > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("LeaseDuration must be from 2 seconds to 1 hour.", [nameof(LeaseDuration)]);
        }
        if (SecretRotationWindow < TimeSpan.Zero || SecretRotationWindow > TimeSpan.FromDays(30))
        {
            yield return new ValidationResult("SecretRotationWindow must be from 0 to 30 days.", [nameof(SecretRotationWindow)]);
        }
    }

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: doubling from BaseDelay up to MaxDelay, then a random half of it taken off.</summary>
    public TimeSpan Backoff(int attempts, double random)
    {
        var doubled = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(doubled, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * random)));
    }
}
