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
            0x20 when b is [_, 0x01, 0x0d, 0xb8, ..] => "a documentation address",
            // Everything public is global unicast, 2000::/3; the rest is reserved or embeds an address of its own.
            _ when (b[0] & 0xe0) != 0x20 => "a reserved address",
            _ => null,
        };
    }

    /// <summary>The IANA IPv4 special-purpose registry (RFC 6890 and successors), all refused.</summary>
    private static string? ClassifyIPv4(ReadOnlySpan<byte> b) => (b[0], b[1], b[2]) switch
    {
        (0, _, _) => "a 'this network' address",
        (10, _, _) => "a private address",
        (100, >= 64 and <= 127, _) => "a shared (carrier-grade NAT) address",
        (127, _, _) => "a loopback address",
        (169, 254, _) => "a link-local address",
        (172, >= 16 and <= 31, _) => "a private address",
        // IETF protocol assignments (RFC 6890) and the former 6to4 relay anycast prefix (RFC 7526).
        (192, 0, 0) or (192, 88, 99) => "a special-purpose address",
        // TEST-NET-1, -2 and -3 (RFC 5737): never routed, but sometimes used internally.
        (192, 0, 2) or (198, 51, 100) or (203, 0, 113) => "a documentation address",
        (192, 168, _) => "a private address",
        // Benchmarking (RFC 2544), often used for internal networks.
        (198, 18 or 19, _) => "a benchmarking address",
        (>= 224 and <= 239, _, _) => "a multicast address",
        (>= 240, _, _) => "a reserved address",
        _ => null,
    };

    /// <summary>
    /// Why <c>registerWebhook</c> refuses <paramref name="url"/> (an absolute http(s) URL), or null when it may be
    /// registered: not https, an IP address instead of a host name, or a host that does not resolve or resolves to any
    /// address <see cref="Classify"/> refuses. The last two give the same reason, naming neither the address nor its
    /// kind, so registration cannot be used to learn which internal names exist or what they resolve to.
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
        return addresses.Length == 0 || addresses.Any(address => Classify(address) is not null)
            ? "its host does not resolve to public addresses only"
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
