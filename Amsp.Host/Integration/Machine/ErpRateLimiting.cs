using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Integration.Machine;

/// <summary>
/// The ERP surface's rate limit: one token bucket per machine client id (on every node, each node its own buckets);
/// people signed in on the same endpoints are not limited. A refused request is answered 429 with problem details
/// and <c>Retry-After</c>.
/// </summary>
internal static class ErpRateLimiting
{
    public const string Policy = "amsp-erp";

    public static IServiceCollection AddErpRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<ErpRateLimitOptions>().BindConfiguration(ErpRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context =>
            {
                if (MachinePrincipal.ClientIdOf(context.User) is not { } clientId)
                {
                    return RateLimitPartition.GetNoLimiter("people");
                }
                var limit = context.RequestServices.GetRequiredService<IOptions<ErpRateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(clientId, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit.BurstLimit, TokensPerPeriod = limit.RequestsPerPeriod, ReplenishmentPeriod = limit.Period,
                    QueueLimit = 0, AutoReplenishment = true,
                });
            });
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after
            : http.RequestServices.GetRequiredService<IOptions<ErpRateLimitOptions>>().Value.Period;
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests",
                Detail = $"This client sent more requests than its rate limit allows; try again in {seconds} s." },
        });
    }
}
