using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Amsp.Host.Hosting.OpenApi;

/// <summary>
/// Documents the error answers every endpoint can give, as problem details, from what the endpoint is rather than
/// by hand: 401 when it needs a signed-in user, 403 when its policy asks more than that (a role), 400 when it takes a
/// body, query, header or form value, 404 when its route names a resource, and 500 for all. What an endpoint declares
/// itself (<c>.ProducesProblem(409)</c>) is kept.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private const string SchemaId = "ProblemDetails";

    private static readonly BindingSource[] InputSources =
        [BindingSource.Body, BindingSource.Query, BindingSource.Header, BindingSource.Form, BindingSource.FormFile];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var (signedIn, authorized) = await AccessAsync(description, context.ApplicationServices);
        if (!signedIn)
        {
            // Overrides the document's bearer requirement: no credentials needed here.
            operation.Security = [];
        }
        var statuses = new List<int>();
        if (operation.RequestBody is not null || description.ParameterDescriptions.Any(TakesInput))
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }
        if (signedIn) statuses.Add(StatusCodes.Status401Unauthorized);
        if (authorized) statuses.Add(StatusCodes.Status403Forbidden);
        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }
        statuses.Add(StatusCodes.Status500InternalServerError);

        operation.Responses ??= [];
        foreach (var status in statuses.Where(s => !operation.Responses.ContainsKey(s.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = Describe(status),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = await SchemaAsync(context, cancellationToken) },
                },
            };
        }
    }

    // A path value can only be refused by binding when it is not text and no route constraint already filtered it (then: 404).
    private static bool TakesInput(ApiParameterDescription p) => InputSources.Contains(p.Source)
        || (p.Source == BindingSource.Path && p.Type != typeof(string) && p.RouteInfo?.Constraints?.Any() != true);

    /// <returns>Whether the endpoint needs a signed-in user, and whether its policy can refuse one (403).</returns>
    private static async Task<(bool SignedIn, bool Authorized)> AccessAsync(ApiDescription description, IServiceProvider services)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return (false, false);
        }
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>())
            ?? await policies.GetFallbackPolicyAsync();
        return policy is null ? (false, false)
            : (true, policy.Requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement));
    }

    private static async Task<IOpenApiSchema> SchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The operation has no document to hold its schemas.");
        if (document.Components?.Schemas?.ContainsKey(SchemaId) != true)
        {
            document.AddComponent(SchemaId, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }
        return new OpenApiSchemaReference(SchemaId, document);
    }

    private static string Describe(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is malformed or a value is invalid.",
        StatusCodes.Status401Unauthorized => "No valid credentials: sign in (a bearer token or the session cookie).",
        StatusCodes.Status403Forbidden => "Signed in, without a role this needs.",
        StatusCodes.Status404NotFound => "Nothing by that name or id (or not visible to the caller).",
        _ => "An unexpected error; the server's log has its trace id.",
    };
}
