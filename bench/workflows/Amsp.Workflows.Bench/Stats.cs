using System.Globalization;

namespace Amsp.Workflows.Bench;

internal static class Stats
{
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Latencies(List<double> samplesMs)
    {
        samplesMs.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"n={samplesMs.Count} mean={samplesMs.Average():0.000} ms p50={Percentile(samplesMs, 50):0.000} ms p95={Percentile(samplesMs, 95):0.000} ms p99={Percentile(samplesMs, 99):0.000} ms max={samplesMs[^1]:0.000} ms");
    }

    public static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
