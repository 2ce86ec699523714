using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Amsp.Integration.Erp.Webhooks;

/// <summary>
/// What a receiver does with a webhook, per Standard Webhooks 1.0: the timestamp within a tolerance of its own clock
/// (five minutes either side, so a captured request cannot be replayed later), then one of the <c>v1</c> signatures
/// equal, compared in constant time, to its own under one of its secrets. The AMSP test receiver uses it; it is the
/// example the integration guide gives.
/// </summary>
public sealed class WebhookVerifier
{
    private readonly byte[][] keys;
    private readonly TimeProvider clock;

    /// <param name="secrets">The secrets the receiver accepts (two while the sender rotates).</param>
    /// <param name="clock">The receiver's clock.</param>
    /// <param name="tolerance">How far the timestamp may be from the clock; default five minutes.</param>
    public WebhookVerifier(IEnumerable<string> secrets, TimeProvider clock, TimeSpan? tolerance = null)
    {
        keys = secrets.Select(WebhookSecret.Decode).ToArray();
        this.clock = clock;
        Tolerance = tolerance ?? TimeSpan.FromMinutes(5);
    }

    public TimeSpan Tolerance { get; }

    /// <summary>Null when the webhook is genuine, else why not (for a 400/401 answer and the receiver's log).</summary>
    public string? Verify(string? id, string? timestamp, string? signatures, string body)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures))
        {
            return "missing webhook-id, webhook-timestamp or webhook-signature";
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "webhook-timestamp is not a number of seconds";
        }
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > Tolerance.TotalSeconds)
        {
            return "webhook-timestamp is outside the tolerance (a replay, or a clock off)";
        }
        var expected = keys.Select(k => Encoding.ASCII.GetBytes(WebhookSignature.Compute(k, id, seconds, body))).ToList();
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = candidate.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || candidate[..comma] != "v1")
            {
                continue;
            }
            var given = Encoding.ASCII.GetBytes(candidate[(comma + 1)..]);
            if (expected.Any(e => CryptographicOperations.FixedTimeEquals(e, given)))
            {
                return null;
            }
        }
        return "no signature matches";
    }
}
