using Amsp.Host.Hosting;
using Amsp.Host.Platform.Access;
using Mediator;

namespace Amsp.Host.Platform.Pipeline;

/// <summary>
/// First step of every platform request: the sender holds one of its roles somewhere (else 403), and one of them
/// in the organization owning each thing it names (else 404, as if it did not exist: no hint to other
/// organizations).
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(Caller caller, ResourceAccess access)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (AnonymousRequestAttribute.IsOn(typeof(TMessage)))
        {
            return await next(message, cancellationToken);
        }
        var roles = AllowedRolesAttribute.Of(typeof(TMessage));
        if (!caller.HasAnyRole(roles))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Forbidden",
                $"This needs one of the roles {string.Join(", ", roles)}.");
        }
        if (message is IScopedRequest scoped)
        {
            foreach (var resource in scoped.Resources)
            {
                if (!await access.CanReachAsync(resource, roles, cancellationToken))
                {
                    throw ApiProblemException.NotFound($"{Describe(resource.Kind)} {resource.Id} does not exist.");
                }
            }
        }
        return await next(message, cancellationToken);
    }

    private static string Describe(ResourceKind kind) => kind switch
    {
        ResourceKind.PriceList => "Price list",
        ResourceKind.DesignRequest => "Design request",
        ResourceKind.ProtectedDesign => "Protected design",
        _ => kind.ToString(),
    };
}
