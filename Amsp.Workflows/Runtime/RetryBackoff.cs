using System.Security.Cryptography;
using System.Text;
using Amsp.Workflows.Model;

namespace Amsp.Workflows.Runtime;

/// <summary>
/// Exponential backoff for durable retries: <c>delay × 2^(attempt−1)</c>, with optional jitter in
/// [0.5, 1.5) of that. The jitter is derived from the execution id and attempt, so it spreads executions
/// apart yet is reproducible (a re-run after a crash waits the same time).
/// </summary>
internal static class RetryBackoff
{
    public static TimeSpan Delay(IncidentStrategy strategy, int attempt, string executionId)
    {
        var baseDelay = strategy.Delay ?? TimeSpan.FromSeconds(1);
        var exponential = baseDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        if (strategy.Jitter != true) return exponential;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{executionId}:{attempt}"));
        var unit = BitConverter.ToUInt32(hash, 0) / (double)uint.MaxValue;
        return exponential * (0.5 + unit);
    }
}
