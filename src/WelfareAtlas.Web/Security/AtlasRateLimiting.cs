using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// The rate limits (<see cref="RateLimitOptions"/>) of <c>/api</c> and of sign-in attempts, each per client address:
/// over one, 429 with problem details and <c>Retry-After</c>.
/// </summary>
internal static partial class AtlasRateLimiting
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
                bool signIn = IsSignIn(context.Request);
                if ((!signIn && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) || (local && limits.ExemptLoopback))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                (string partition, int permits, int seconds) = signIn
                    ? ("sign-in " + remote, limits.SignInPermitLimit, limits.SignInWindowSeconds)
                    : ("api " + remote, limits.PermitLimit, limits.WindowSeconds);
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromSeconds(seconds),
                    QueueLimit = 0,
                });
            });
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, _) =>
            {
                bool signIn = IsSignIn(rejected.HttpContext.Request);
                int seconds = signIn ? limits.SignInWindowSeconds : limits.WindowSeconds;
                TimeSpan wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) ? retryAfter : TimeSpan.FromSeconds(seconds);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(
                    rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    signIn ? "Too many sign-in attempts" : "Too many requests",
                    signIn
                        ? string.Create(CultureInfo.InvariantCulture, $"At most {limits.SignInPermitLimit} sign-in attempts per {seconds} s from one address; try again after the time in Retry-After.")
                        : string.Create(CultureInfo.InvariantCulture, $"At most {limits.PermitLimit} API requests per {seconds} s from one address; try again after the time in Retry-After."));
            };
        });
        return services;
    }

    /// <summary>A sign-in attempt: the sign-in page's form posted (<c>/{lang}/sign-in</c>); showing the form is not one.</summary>
    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value is { } path && SignInPath().IsMatch(path);

    [GeneratedRegex("^/(fi|sv|en)/sign-in/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignInPath();
}
