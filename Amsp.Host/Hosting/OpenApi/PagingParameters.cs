using Amsp.Host.Workflows;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Amsp.Host.Hosting.OpenApi;

/// <summary>
/// <c>page</c> and <c>pageSize</c> are integers with bounds on every list, whatever the handler binds them as (the
/// workflow lists read them as text so that a bad value gets a problem naming the parameter): clients see the bounds.
/// </summary>
internal sealed class PagingParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var maximum = parameter.Name switch
            {
                "page" => Paging.MaxPage,
                "pageSize" => Paging.MaxPageSize,
                _ => 0,
            };
            if (maximum > 0)
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                parameter.Description ??= parameter.Name == "page" ? "The page to read, from 1." : "How many items a page holds.";
            }
        }
        return Task.CompletedTask;
    }
}
