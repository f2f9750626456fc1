using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Trusting the forwarded headers of the reverse proxies named in <see cref="ReverseProxyOptions"/>, and no others.</summary>
internal static class ReverseProxy
{
    /// <summary>
    /// Puts the forwarded-headers middleware first when proxies are configured; without any, nothing is trusted and
    /// nothing is added. An address that does not parse stops the start with a message naming it.
    /// </summary>
    public static void UseAtlasReverseProxy(this WebApplication app)
    {
        ReverseProxyOptions proxies = new();
        app.Configuration.GetSection(ReverseProxyOptions.Section).Bind(proxies);
        IReadOnlyList<IPAddress> addresses = proxies.Addresses();
        if (addresses.Count == 0)
        {
            return;
        }

        ForwardedHeadersOptions options = new()
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,

            // The address the nearest trusted proxy saw; anything further left in the header the client wrote itself.
            ForwardLimit = 1,
        };

        // Only the configured proxies: not the framework's default of every loopback address, which would let any local
        // process claim to be any client.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (IPAddress address in addresses)
        {
            options.KnownProxies.Add(address);
        }

        app.UseForwardedHeaders(options);
    }
}
