using Amsp.Integration.Erp;

namespace Amsp.Host.Integration;

/// <summary>
/// The confirmation service for the long-lived transports (AMQP consumers, the SFTP import): each confirmation gets its
/// own scope, and so its own database context, as a request of the inbound API does.
/// </summary>
public sealed class ScopedErpConfirmations(IServiceScopeFactory scopes) : IErpConfirmations
{
    public async Task<ErpConfirmationOutcome> ApplyAsync(ErpConfirmationCommand command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IErpConfirmations>().ApplyAsync(command, cancellationToken);
    }
}
