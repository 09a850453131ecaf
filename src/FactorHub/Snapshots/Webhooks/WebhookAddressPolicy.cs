using System.Net;
using System.Net.Sockets;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>
/// Which addresses webhooks may reach: the guard against server-side request forgery (a consumer chooses the URL, the
/// service makes the request from inside its own network). Unless <see cref="WebhookOptions.AllowPrivateNetworks"/> is
/// on, <c>registerWebhook</c> accepts only https URLs whose host is a name resolving to public addresses only
/// (<see cref="RefuseUrlAsync"/>), and the delivery client connects only to addresses it resolved and checked itself
/// (<see cref="ResolveForConnectionAsync"/>, used by <see cref="WebhookHttpClient"/>), so a name re-pointed at an
/// internal address after registration (DNS rebinding) reaches nothing.
/// </summary>
/// <param name="allowPrivateNetworks">When true nothing is refused but a scheme other than http(s).</param>
/// <param name="resolve">Resolves a host name (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/> by default).</param>
public sealed class WebhookAddressPolicy(bool allowPrivateNetworks, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    public bool AllowPrivateNetworks => allowPrivateNetworks;

    /// <summary>
    /// Why <paramref name="address"/> may not be reached (e.g. "a loopback address"), or null for a public unicast
    /// address. An IPv4 address inside IPv6 (IPv4-mapped <c>::ffff:0:0/96</c>, NAT64 <c>64:ff9b::/96</c>, 6to4
    /// <c>2002::/16</c>) is judged by the IPv4 address it reaches.
    /// </summary>
    public static string? Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return ClassifyIPv4(address.GetAddressBytes());
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return ClassifyIPv4(address.MapToIPv4().GetAddressBytes());
        }
        var b = address.GetAddressBytes();
        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return ClassifyIPv4(b[12..16]);
        }
        if (b is [0x20, 0x02, ..])
        {
            return ClassifyIPv4(b[2..6]);
        }
        if (address.Equals(IPAddress.IPv6None))
        {
            return "the unspecified address";
        }
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }
        return b[0] switch
        {
            0xff => "a multicast address",
            >= 0xfc and <= 0xfd => "a unique local address",
            0xfe when (b[1] & 0xc0) == 0x80 => "a link-local address",
            0xfe when (b[1] & 0xc0) == 0xc0 => "a site-local address",
            // Everything public is global unicast, 2000::/3; the rest is reserved or embeds an address of its own.
            _ when (b[0] & 0xe0) != 0x20 => "a reserved address",
            _ => null,
        };
    }

    private static string? ClassifyIPv4(ReadOnlySpan<byte> b) => (b[0], b[1]) switch
    {
        (0, _) => "a 'this network' address",
        (10, _) => "a private address",
        (100, >= 64 and <= 127) => "a shared (carrier-grade NAT) address",
        (127, _) => "a loopback address",
        (169, 254) => "a link-local address",
        (172, >= 16 and <= 31) => "a private address",
        (192, 168) => "a private address",
        (>= 224 and <= 239, _) => "a multicast address",
        (>= 240, _) => "a reserved address",
        _ => null,
    };

    /// <summary>
    /// Why <c>registerWebhook</c> refuses <paramref name="url"/> (an absolute http(s) URL), or null when it may be
    /// registered: not https, an IP address instead of a host name, a host that does not resolve, or a host that
    /// resolves to any address <see cref="Classify"/> refuses. The reason names the kind of address, never the address,
    /// so registration does not tell a caller what internal names resolve to.
    /// </summary>
    public async Task<string?> RefuseUrlAsync(Uri url, CancellationToken cancellationToken)
    {
        if (allowPrivateNetworks)
        {
            return null;
        }
        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "webhooks must use https";
        }
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return "its host is an IP address; use a host name";
        }
        IPAddress[] addresses;
        try
        {
            addresses = await _resolve(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            addresses = [];
        }
        if (addresses.Length == 0)
        {
            return $"its host '{url.Host}' could not be resolved";
        }
        return addresses.Select(Classify).FirstOrDefault(reason => reason is not null) is { } refused
            ? $"its host '{url.Host}' resolves to {refused}"
            : null;
    }

    /// <summary>
    /// The addresses to connect to for <paramref name="host"/> (a name or an IP literal). Throws
    /// <see cref="WebhookAddressRefusedException"/> when any of them is refused (unless private networks are allowed).
    /// </summary>
    public async Task<IPAddress[]> ResolveForConnectionAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.TrimStart('[').TrimEnd(']'), out var literal)
            ? [literal]
            : await _resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        if (!allowPrivateNetworks && addresses.Select(Classify).FirstOrDefault(reason => reason is not null) is { } refused)
        {
            throw new WebhookAddressRefusedException($"not connected: host '{host}' resolves to {refused}, which webhooks may not reach");
        }
        return addresses;
    }
}
