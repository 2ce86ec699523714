using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows.Folder;

/// <summary>Loads the workflow folder once the database is migrated and before the server takes requests.</summary>
internal sealed class WorkflowFolderStartup(IServiceScopeFactory scopes, IOptions<WorkflowFolderOptions> options) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnStart)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>()
            .LoadFolderAsync(options.Value.ResolveFolder(), options.Value.PublishChanges, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
