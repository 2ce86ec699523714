using Amsp.Domain.Persistence;
using Mediator;

namespace Amsp.Host.Platform.Pipeline;

/// <summary>
/// Last step for commands: the handler's changes are saved in one transaction when it returns, or not at all
/// when it throws. Handlers change tracked entities and never save themselves.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(AmspDbContext db)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
