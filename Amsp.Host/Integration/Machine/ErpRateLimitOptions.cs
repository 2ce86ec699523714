using System.ComponentModel.DataAnnotations;

namespace Amsp.Host.Integration.Machine;

/// <summary>
/// <c>Amsp:Erp:RateLimit</c>: a token bucket per machine client on the ERP surface. People are not limited by it.
/// </summary>
public sealed class ErpRateLimitOptions
{
    public const string Section = "Amsp:Erp:RateLimit";

    /// <summary>Requests a client may make at once after a quiet spell (the bucket's size); default 60.</summary>
    [Range(1, 100_000)]
    public int BurstLimit { get; set; } = 60;

    /// <summary>Requests added back to the bucket every <see cref="Period"/>; default 60 (so 1 per second on average).</summary>
    [Range(1, 100_000)]
    public int RequestsPerPeriod { get; set; } = 60;

    /// <summary>How often the bucket is refilled; default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(1);
}
