using System.Net;

namespace WelfareAtlas.Web.Hosting;

/// <summary>
/// The reverse proxies the app trusts, section <c>ReverseProxy</c>: requests that come from one of them take the
/// client's address and scheme from its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers, so that the rate
/// limit, the loopback exemption and the audit see the real client. Empty (the default): no forwarded header is trusted.
/// </summary>
public sealed class ReverseProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ReverseProxy";

    /// <summary>The proxies' IP addresses, e.g. <c>["10.0.0.5"]</c> or, in an environment variable, <c>ReverseProxy__KnownProxies__0=10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>The addresses of <see cref="KnownProxies"/>.</summary>
    /// <exception cref="InvalidOperationException">One is not an IP address; the message names it.</exception>
    public IReadOnlyList<IPAddress> Addresses() => [.. KnownProxies.Select((text, i) => IPAddress.TryParse(text.Trim(), out IPAddress? address)
        ? address
        : throw new InvalidOperationException($"{Section}:{nameof(KnownProxies)}:{i} is \"{text}\", which is not an IP address."))];
}
