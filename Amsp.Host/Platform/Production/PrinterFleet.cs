using System.Collections.Concurrent;
using Amsp.Activities.Production;
using Amsp.Domain.Catalog;
using Amsp.Domain.Persistence;
using Amsp.Domain.Storage;
using Amsp.Host.Platform.Orders;
using Amsp.Integration.Printers;
using Microsoft.EntityFrameworkCore;
using Job = Amsp.Domain.Production.PrintJob;
using JobState = Amsp.Integration.Printers.PrintJobState;
using PrintJobStatus = Amsp.Domain.Production.PrintJobStatus;
using PrinterState = Amsp.Domain.Catalog.PrinterState;
using WireJob = Amsp.Integration.Printers.PrintJobStatus;
using Wire = Amsp.Integration.Printers.PrinterState;

namespace Amsp.Host.Platform.Production;

/// <summary>
/// Watches and feeds the printers of an AM centre. Each printer, on its own (a printer that does not answer holds up
/// none of the others): its state is read from the controller; its running job is followed to its end; when it is
/// free, the next job of its queue is prepared (sliced) and uploaded. A printer that stops answering goes Offline and
/// is asked again after a growing number of rounds (1, 2, 4 … 16); its running and queued jobs fail, so the order's
/// workflow can send them elsewhere. Every job that ended is signalled to its order's instance.
/// </summary>
public sealed partial class PrinterFleet(IServiceScopeFactory scopes, OrderWorkflow workflow, TimeProvider time, ProductionMetrics metrics, ILogger<PrinterFleet> logger)
{
    private const int MaxBackoffRounds = 16;
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();
    private readonly ConcurrentDictionary<Guid, (int Failures, int Skip)> backoff = new();

    /// <summary>One round over every AM centre's printers.</summary>
    public async Task PollAllAsync(CancellationToken ct)
    {
        List<Guid> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            centres = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Printers.AsNoTracking()
                .Where(p => p.Active).Select(p => p.OrganizationId).Distinct().ToListAsync(ct);
        }
        foreach (var centre in centres)
        {
            await PollCentreAsync(centre, ct);
        }
    }

    /// <summary>One round over a centre's printers, concurrently; rounds of one centre never overlap.</summary>
    public async Task PollCentreAsync(Guid centreId, CancellationToken ct)
    {
        var gate = gates.GetOrAdd(centreId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            List<Guid> printers;
            await using (var scope = scopes.CreateAsyncScope())
            {
                printers = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().Printers.AsNoTracking()
                    .Where(p => p.OrganizationId == centreId && p.Active && p.State != PrinterState.Maintenance).Select(p => p.Id).ToListAsync(ct);
            }
            var ended = await Task.WhenAll(printers.Select(id => PollPrinterAsync(id, ct)));
            foreach (var job in ended.SelectMany(e => e).DistinctBy(j => j.OrderId))
            {
                await workflow.SignalAsync(OrderWorkflow.InstanceIdOf(job.OrderId), job.OrderNumber, PrintDispatch.Signal, null, ct);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<List<Job>> PollPrinterAsync(Guid printerId, CancellationToken ct)
    {
        if (backoff.TryGetValue(printerId, out var wait) && wait.Skip > 0)
        {
            backoff[printerId] = wait with { Skip = wait.Skip - 1 };
            return [];
        }
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AmspDbContext>();
        var printer = await db.Printers.SingleAsync(p => p.Id == printerId, ct);
        var jobs = await db.PrintJobs.Where(j => j.PrinterId == printerId && (j.Status == PrintJobStatus.Printing || j.Status == PrintJobStatus.Queued))
            .OrderBy(j => j.QueuePosition).ToListAsync(ct);
        var ended = new List<Job>();
        try
        {
            var endpoint = services.GetRequiredService<PrinterAddresses>().For(printer);
            var connector = services.GetRequiredService<IPrinterConnectorFactory>().GetConnector(printer.Controller.ToString());
            var status = await connector.GetPrinterAsync(endpoint, ct);
            if (status.State == Wire.Offline)
            {
                throw new PrinterException(PrinterFailure.Unreachable, status.Text ?? "The controller reports the printer disconnected.");
            }
            printer.State = (PrinterState)(int)status.State;
            if (jobs.FirstOrDefault(j => j.Status == PrintJobStatus.Printing) is { } running)
            {
                Follow(running, await connector.GetJobAsync(endpoint, ct), status, printer.Name);
                if (running.Ended)
                {
                    ended.Add(running);
                }
            }
            if (!jobs.Any(j => j.Status == PrintJobStatus.Printing) && status.State == Wire.Operational
                && jobs.FirstOrDefault(j => j.Status == PrintJobStatus.Queued) is { } next)
            {
                await StartAsync(services, connector, endpoint, printer, next, ct);
                if (next.Ended)
                {
                    ended.Add(next);
                }
            }
            backoff.TryRemove(printerId, out _);
        }
        catch (PrinterException e) when (e.Failure is PrinterFailure.Unreachable or PrinterFailure.Unauthorized or PrinterFailure.Protocol)
        {
            var failures = (backoff.TryGetValue(printerId, out var b) ? b.Failures : 0) + 1;
            backoff[printerId] = (failures, Math.Min(1 << Math.Min(failures - 1, 4), MaxBackoffRounds));
            printer.State = e.Failure == PrinterFailure.Unreachable ? PrinterState.Offline : PrinterState.Error;
            LogUnreachable(logger, e, printer.Name, failures);
            foreach (var job in jobs)
            {
                End(job, PrintJobStatus.Failed, $"Printer {printer.Name} {(e.Failure == PrinterFailure.Unreachable ? "stopped answering" : "refused the platform")}: {e.Message}");
                ended.Add(job);
            }
        }
        await db.SaveChangesAsync(ct);
        metrics.Saw(printer, jobs.FirstOrDefault(j => j.Status == PrintJobStatus.Printing)?.Progress);
        ended.ForEach(j => metrics.Ended(j.Status));
        return ended;
    }

    private void Follow(Job running, WireJob job, PrinterStatus printer, string printerName)
    {
        var ours = job.FileName is null || string.Equals(Path.GetFileName(job.FileName), running.FileName, StringComparison.Ordinal);
        if (!ours && job.State != JobState.Idle)
        {
            End(running, PrintJobStatus.Failed, $"Printer {printerName} is running another file ({job.FileName}).");
            return;
        }
        switch (job.State)
        {
            case JobState.Printing:
                running.Progress = job.Progress ?? running.Progress;
                break;
            case JobState.Completed:
                running.Progress = 100;
                End(running, PrintJobStatus.Completed, null);
                break;
            case JobState.Failed:
                End(running, PrintJobStatus.Failed, $"Printer {printerName} failed at {job.Progress ?? running.Progress ?? 0:0}%: {job.Error ?? printer.Text ?? "error"}");
                break;
            case JobState.Cancelled:
                End(running, PrintJobStatus.Failed, $"The job was cancelled at printer {printerName}.");
                break;
            default:
                End(running, PrintJobStatus.Failed, $"Printer {printerName} has no job any more (it was restarted or cleared).");
                break;
        }
    }

    private async Task StartAsync(IServiceProvider services, IPrinterConnector connector, PrinterEndpoint endpoint, Printer printer, Job job, CancellationToken ct)
    {
        var file = await services.GetRequiredService<JobFiles>().PrepareAsync(job, printer, ct);
        (job.FileKey, job.FileSha256, job.Slicer, job.SlicerEstimatedSeconds, job.SlicerFilamentGrams) =
            (file.FileKey, file.Sha256, file.Slicer, file.SlicerSeconds, file.Grams);
        if (file.Failure is not null)
        {
            End(job, PrintJobStatus.Failed, file.Failure);
            return;
        }
        await using var content = services.GetRequiredService<IBlobStore>().OpenRead(file.FileKey!)
            ?? throw new InvalidOperationException($"The file of job {job.Id} is missing from the store.");
        try
        {
            await connector.UploadAndPrintAsync(endpoint, job.FileName, content, ct);
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.Busy)
        {
            return; // Still queued: the printer took something else; the next round tries again.
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.Rejected)
        {
            End(job, PrintJobStatus.Failed, $"Printer {printer.Name} refused the file: {e.Message}");
            return;
        }
        job.Status = PrintJobStatus.Printing;
        metrics.Started();
        job.StartedAt = time.GetUtcNow();
        job.Progress = 0;
        printer.State = PrinterState.Printing;
    }

    private void End(Job job, PrintJobStatus status, string? reason)
    {
        job.Status = status;
        job.FailureReason = reason;
        job.EndedAt = time.GetUtcNow();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Printer {Printer} did not answer ({Failures} round(s) in a row); marked offline")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string printer, int failures);
}
