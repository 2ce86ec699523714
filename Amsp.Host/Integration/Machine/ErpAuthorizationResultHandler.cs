using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Amsp.Host.Integration.Machine;

/// <summary>
/// Answers refusals on the ERP surface itself: its endpoints read several schemes (people's and machines'), and each
/// scheme's own forbid answers differently (a scheme that did not sign the caller in answers 401 to a refused person).
/// A caller with no valid identity left (a machine token whose client was deleted or rotated) gets 401, any other
/// refusal 403 with problem details. Every other endpoint is answered as before.
/// </summary>
internal sealed class ErpAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || context.GetEndpoint()?.Metadata.GetMetadata<ErpScopeMetadata>() is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var signedIn = context.User.Identities.Any(i => i.IsAuthenticated);
        var status = signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        context.Response.StatusCode = status;
        var reason = authorizeResult.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status, Title = signedIn ? "Forbidden" : "Unauthorized",
                Detail = signedIn ? reason ?? "This needs a role or a scope the caller does not have." : "The token is no longer valid: ask for a new one.",
            },
        });
    }
}
