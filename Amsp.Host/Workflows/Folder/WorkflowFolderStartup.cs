using Amsp.Host.Hosting;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Workflows.Folder;

/// <summary>Loads the workflow folder once the database is migrated and before the server takes requests.</summary>
internal sealed class WorkflowFolderStartup(IServiceScopeFactory scopes, IOptions<WorkflowFolderOptions> options) : StartupTask
{
    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadOnStart)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowFolderLoader>()
            .LoadFolderAsync(options.Value.ResolveFolder(), options.Value.PublishChanges, cancellationToken);
    }
}
