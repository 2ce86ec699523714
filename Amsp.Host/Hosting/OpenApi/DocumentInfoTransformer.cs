using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Amsp.Host.Hosting.OpenApi;

/// <summary>The document's own facts: title, product version, licence, server addresses and tag descriptions.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "AMSP API",
            Version = ProductVersion.Version,
            Description = "The Additive Manufacturing Service Platform: workflows from a 3D-printing requirement to delivery. "
                + "Sign in with POST /api/auth/login; errors are RFC 7807 problem details.",
            // No licence has been granted for AMSP: all rights reserved until its owner chooses one (SPDX: LicenseRef-*).
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-AMSP-Proprietary" },
        };
        // Clients join paths (which begin with '/') to the server URL; a trailing slash would double it.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && ApiTags.Descriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
        return Task.CompletedTask;
    }
}
