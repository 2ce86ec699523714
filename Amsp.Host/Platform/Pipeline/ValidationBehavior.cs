using Mediator;

namespace Amsp.Host.Platform.Pipeline;

/// <summary>Second step: a request's own field checks, answered as one 400 naming every invalid field.</summary>
public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse> where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IValidated validated)
        {
            var validation = new Validation();
            validated.Validate(validation);
            if (!validation.IsValid)
            {
                throw new RequestValidationException(validation.Errors);
            }
        }
        return next(message, cancellationToken);
    }
}
