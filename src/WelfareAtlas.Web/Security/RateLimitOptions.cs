using System.ComponentModel.DataAnnotations;

namespace WelfareAtlas.Web.Security;

/// <summary>The rate limits of the API and of signing in, section <c>RateLimiting</c>: a fixed window per client IP address each.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Requests to <c>/api</c> allowed per client address and window.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Sign-in attempts (posts of a sign-in form) allowed per client address and <see cref="SignInWindowSeconds"/>: guessing passwords is slowed to this pace.</summary>
    [Range(1, 1_000_000)]
    public int SignInPermitLimit { get; set; } = 10;

    /// <summary>The sign-in window's length in seconds.</summary>
    [Range(1, 86_400)]
    public int SignInWindowSeconds { get; set; } = 300;

    /// <summary>
    /// Whether callers on the same machine (loopback, or in-process test hosts without an address) are not limited:
    /// the demo's own pages and scripts call the API from there.
    /// </summary>
    public bool ExemptLoopback { get; set; } = true;
}
