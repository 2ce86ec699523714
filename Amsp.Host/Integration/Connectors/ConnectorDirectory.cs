using Amsp.Domain.Persistence;
using Amsp.Integration.Erp;
using Microsoft.EntityFrameworkCore;

namespace Amsp.Host.Integration.Connectors;

/// <summary>The enabled connectors of a kind, for transports that run on their own (AMQP consumers, SFTP schedules).</summary>
internal sealed class ConnectorDirectory(IServiceScopeFactory scopes, ConnectorSecrets secrets, TimeProvider clock) : IConnectorDirectory
{
    public async Task<IReadOnlyList<ConnectorEndpoint>> ListAsync(string kind, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmspDbContext>();
        var connectors = await db.Connectors.AsNoTracking().Where(c => c.Enabled && c.Kind == kind).OrderBy(c => c.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return connectors.Select(c => secrets.Endpoint(c, now)).ToList();
    }
}
