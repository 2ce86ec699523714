namespace Amsp.Host.Hosting.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// <c>/openapi/v1.json</c>, made complete by transformers that read each endpoint's route, parameters and
    /// authorization, so an endpoint added later is documented like the others without per-endpoint work.
    /// </summary>
    public static IServiceCollection AddAmspOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddOperationTransformer<OperationIds>();
        o.AddOperationTransformer<ProblemResponses>();
        o.AddOperationTransformer<PagingParameters>();
        o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        o.AddDocumentTransformer<DocumentInfoTransformer>();
        o.AddDocumentTransformer<OperationIds>();
    });
}
