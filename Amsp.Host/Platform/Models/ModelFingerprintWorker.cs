using Amsp.Activities.Services;

namespace Amsp.Host.Platform.Models;

/// <summary>
/// Stores the fingerprints of models that have none (<see cref="ModelFingerprints"/>): at start (a host stopped
/// before it got to one), after each upload (the upload endpoints call <see cref="ModelFingerprints.Notify"/> once it
/// is stored), and every <see cref="Poll"/> for model versions stored otherwise (repairs, designers' versions).
/// </summary>
internal sealed partial class ModelFingerprintWorker(ModelFingerprints fingerprints, TimeProvider time, ILogger<ModelFingerprintWorker> logger)
    : BackgroundService
{
    /// <summary>How often the worker looks without being told.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    private const int Batch = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stored = await fingerprints.FillMissingAsync(Batch, stoppingToken);
                if (stored > 0)
                {
                    LogStored(logger, stored);
                }
                if (stored >= Batch)
                {
                    continue;
                }
                await fingerprints.WaitForWorkAsync(Poll, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failing pass is logged and retried at the next one; the host goes on
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e);
                await fingerprints.WaitForWorkAsync(Poll, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored the fingerprints of {Count} model(s)")]
    private static partial void LogStored(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing models' fingerprints failed; retrying at the next pass")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
