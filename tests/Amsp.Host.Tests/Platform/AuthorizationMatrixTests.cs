using System.Net;
using System.Net.Http.Json;
using System.Text;
using Amsp.Domain.Identity;
using Amsp.Host.Integration.OData;
using Amsp.Host.Platform.Pipeline;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Amsp.Host.Tests.Platform;

/// <summary>
/// Every endpoint of the host's route table, called by each role with its own organization's ids and with another
/// organization's: a role the endpoint does not allow gets 403; an allowed role reaching into another organization gets
/// 404, as if the thing did not exist; a list never shows another organization's things; nobody unauthenticated gets
/// anything. An endpoint added later is covered by this test without a line written for it.
/// </summary>
public sealed class AuthorizationMatrixTests(TwoWorlds world, ITestOutputHelper output) : IClassFixture<TwoWorlds>
{
    private sealed record Probe(RouteEndpoint Endpoint, string Method, IReadOnlyList<string> Roles, bool Platform, bool Multipart, bool Shared);

    [Fact]
    public async Task No_endpoint_leaks_across_roles_or_organizations()
    {
        var probes = await ProbesAsync();
        Assert.True(probes.Count(p => p.Platform) >= 40, $"only {probes.Count(p => p.Platform)} platform endpoints found");
        var leaks = new List<string>();
        using var anonymous = world.CreateClient();
        foreach (var probe in probes)
        {
            var status = await SendAsync(anonymous, probe, Url(probe, AmspRoles.Admin, own: true));
            Expect(leaks, probe, "anonymous", status.Code == HttpStatusCode.Unauthorized, status);
        }
        foreach (var role in AmspRoles.All)
        {
            using var client = await world.CreateClientAsAsync(role);
            foreach (var probe in probes)
            {
                var allowed = probe.Roles.Count == 0 || probe.Roles.Contains(role);
                var scoped = ScopedParameters(probe).Any();
                foreach (var own in new[] { false, true })
                {
                    var response = await SendAsync(client, probe, Url(probe, role, own));
                    var what = $"{role} {(own ? "own" : "other")}";
                    if (!allowed)
                    {
                        Expect(leaks, probe, what, response.Code == HttpStatusCode.Forbidden, response);
                    }
                    else if (!own && scoped && role != AmspRoles.Admin && probe.Platform)
                    {
                        Expect(leaks, probe, what, response.Code == HttpStatusCode.NotFound, response);
                    }
                    else
                    {
                        Expect(leaks, probe, what, (int)response.Code < 500 && response.Code != HttpStatusCode.Unauthorized, response);
                        if (!scoped && probe.Method == "GET" && role != AmspRoles.Admin && !probe.Shared)
                        {
                            var shown = world.Other.Select(o => (o.Key, Value: o.Value.ToString())).Concat(world.OtherKeys.Select(o => (o.Key, o.Value)))
                                .Where(o => response.Body.Contains(o.Value, StringComparison.OrdinalIgnoreCase)).Select(o => o.Key).ToList();
                            Expect(leaks, probe, $"{what} list shows {string.Join(", ", shown)}", shown.Count == 0, response);
                        }
                    }
                }
            }
        }
        output.WriteLine($"{probes.Count} endpoints, {probes.Count(p => p.Platform)} platform ones, {(AmspRoles.All.Count * 2 + 1) * probes.Count} calls");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static void Expect(List<string> leaks, Probe probe, string what, bool ok, (HttpStatusCode Code, string Body) response)
    {
        if (!ok)
        {
            leaks.Add($"{probe.Method} {probe.Endpoint.RoutePattern.RawText} as {what}: {(int)response.Code} {response.Body[..Math.Min(200, response.Body.Length)]}");
        }
    }

    private async Task<List<Probe>> ProbesAsync()
    {
        var policies = world.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var probes = new List<Probe>();
        foreach (var endpoint in world.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText ?? "";
            // The OData feed scopes every set in its queries, so it is held to the platform's rules (another organization's key is 404).
            var feed = raw.StartsWith(ODataFeedApi.Prefix, StringComparison.Ordinal);
            if (!(raw.StartsWith("/api/", StringComparison.Ordinal) || feed) || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }
            var sends = endpoint.Metadata.GetMetadata<SendsRequestMetadata>();
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
            var roles = sends?.Roles ?? policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToList() ?? [];
            var multipart = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Contains("multipart/form-data"));
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                probes.Add(new Probe(endpoint, method, roles, sends is not null || feed, multipart,
                    endpoint.Metadata.GetMetadata<SharedAcrossOrganizationsMetadata>() is not null));
            }
        }
        return probes;
    }

    private static IEnumerable<string> ScopedParameters(Probe probe) =>
        probe.Endpoint.RoutePattern.Parameters.Select(p => p.Name)
            .Where(n => (n.EndsWith("Id", StringComparison.Ordinal) && n != "personId" && n != "instanceId") || n == "orderNumber");

    private string Url(Probe probe, string role, bool own)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in probe.Endpoint.RoutePattern.Parameters)
        {
            var key = parameter.Name.EndsWith("Id", StringComparison.Ordinal) ? parameter.Name[..^2] : parameter.Name;
            values[parameter.Name] = key switch
            {
                "organization" => (own ? TwoWorlds.OwnOrganization(role) : world.OtherOrganization(role)).ToString(),
                _ when (own ? world.Own : world.Other).TryGetValue(key, out var id) => id.ToString(),
                _ when (own ? world.OwnKeys : world.OtherKeys).TryGetValue(key, out var text) => text,
                "person" or "instance" or "definition" => "matrix-unknown",
                "version" => "1",
                "which" => "order",
                _ => throw new InvalidOperationException(
                    $"{probe.Endpoint.RoutePattern.RawText}: no test id for route parameter '{parameter.Name}'; add one to {nameof(TwoWorlds)}."),
            };
        }
        var path = new StringBuilder();
        foreach (var segment in probe.Endpoint.RoutePattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter => values[parameter.Name],
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => "",
                });
            }
        }
        return path.ToString();
    }

    private static async Task<(HttpStatusCode Code, string Body)> SendAsync(HttpClient client, Probe probe, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), url);
        if (probe.Method is "POST" or "PUT" or "PATCH")
        {
            // The ERP API wants one on every POST; the others ignore it.
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            request.Content = probe.Multipart
                ? PlatformApi.FilePart(Cube.BinaryStl(5), "probe.stl")
                : JsonContent.Create(new { });
        }
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
