using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WelfareAtlas.Web.Security;

/// <summary>The rate limit of <c>/api</c> (<see cref="RateLimitOptions"/>): over it, 429 with problem details and <c>Retry-After</c>.</summary>
internal static class AtlasRateLimiting
{
    public static IServiceCollection AddAtlasRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            RateLimitOptions limits = configured.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                IPAddress? remote = context.Connection.RemoteIpAddress;
                bool local = remote is null || IPAddress.IsLoopback(remote);
                if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || (local && limits.ExemptLoopback))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                return RateLimitPartition.GetFixedWindowLimiter(remote?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, _) =>
            {
                TimeSpan wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) ? retryAfter : TimeSpan.FromSeconds(limits.WindowSeconds);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(
                    rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    "Too many requests",
                    string.Create(CultureInfo.InvariantCulture, $"At most {limits.PermitLimit} API requests per {limits.WindowSeconds} s from one address; try again after the time in Retry-After."));
            };
        });
        return services;
    }
}
