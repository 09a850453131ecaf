using System.Net;
using System.Net.Sockets;
using FactorHub.Snapshots.Webhooks;

namespace FactorHub.Tests.Snapshots;

/// <summary>Which addresses and URLs <see cref="WebhookAddressPolicy"/> refuses (no database, no network).</summary>
public sealed class WebhookAddressPolicyTests
{
    [Theory]
    [InlineData("0.0.0.0", "a 'this network' address")]
    [InlineData("0.1.2.3", "a 'this network' address")]
    [InlineData("10.0.0.1", "a private address")]
    [InlineData("10.255.255.255", "a private address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("100.127.255.255", "a shared (carrier-grade NAT) address")]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.255.254", "a loopback address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("239.255.255.250", "a multicast address")]
    [InlineData("240.0.0.1", "a reserved address")]
    [InlineData("255.255.255.255", "a reserved address")]
    [InlineData("100.63.255.255", null)]
    [InlineData("100.128.0.1", null)]
    [InlineData("172.15.255.255", null)]
    [InlineData("172.32.0.1", null)]
    [InlineData("192.169.0.1", null)]
    [InlineData("192.0.0.8", "a special-purpose address")]
    [InlineData("192.0.0.255", "a special-purpose address")]
    [InlineData("192.88.99.1", "a special-purpose address")]
    [InlineData("198.18.0.1", "a benchmarking address")]
    [InlineData("198.19.255.255", "a benchmarking address")]
    [InlineData("192.0.2.1", "a documentation address")]
    [InlineData("198.51.100.7", "a documentation address")]
    [InlineData("203.0.113.7", "a documentation address")]
    [InlineData("192.0.1.255", null)]
    [InlineData("192.0.3.1", null)]
    [InlineData("192.88.98.1", null)]
    [InlineData("198.17.255.255", null)]
    [InlineData("198.20.0.1", null)]
    [InlineData("198.51.101.1", null)]
    [InlineData("203.0.114.1", null)]
    [InlineData("8.8.8.8", null)]
    [InlineData("1.1.1.1", null)]
    public void IPv4AddressesAreClassifiedByRange(string address, string? expected) =>
        Assert.Equal(expected, WebhookAddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::", "the unspecified address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("febf:ffff::1", "a link-local address")]
    [InlineData("fec0::1", "a site-local address")]
    [InlineData("fc00::1", "a unique local address")]
    [InlineData("fd12:3456:789a::1", "a unique local address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("::127.0.0.1", "a reserved address")]
    [InlineData("100::1", "a reserved address")]
    [InlineData("2001:db8::7", "a documentation address")]
    [InlineData("2001:db9::1", null)]
    [InlineData("2001:4860:4860::8888", null)]
    [InlineData("2606:4700:4700::1111", null)]
    public void IPv6AddressesAreClassifiedByRange(string address, string? expected) =>
        Assert.Equal(expected, WebhookAddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("::ffff:10.1.2.3", "a private address")]
    [InlineData("::ffff:100.64.1.1", "a shared (carrier-grade NAT) address")]
    [InlineData("::ffff:8.8.8.8", null)]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local address")]
    [InlineData("64:ff9b::808:808", null)]
    [InlineData("2002:7f00:1::1", "a loopback address")]
    [InlineData("2002:c0a8:101::1", "a private address")]
    [InlineData("2002:808:808::1", null)]
    [InlineData("::ffff:198.18.0.1", "a benchmarking address")]
    [InlineData("2002:cb00:7107::1", "a documentation address")]
    public void IPv6AddressesCarryingAnIPv4AddressAreJudgedByIt(string address, string? expected) =>
        Assert.Equal(expected, WebhookAddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://hooks.example/x", "webhooks must use https")]
    [InlineData("https://10.0.0.1/x", "its host is an IP address; use a host name")]
    [InlineData("https://203.0.113.7/x", "its host is an IP address; use a host name")]
    [InlineData("https://[::1]:8443/x", "its host is an IP address; use a host name")]
    [InlineData("https://internal.example/x", "its host does not resolve to public addresses only")]
    [InlineData("https://mixed.example/x", "its host does not resolve to public addresses only")]
    [InlineData("https://mapped.example/x", "its host does not resolve to public addresses only")]
    [InlineData("https://test-net.example/x", "its host does not resolve to public addresses only")]
    [InlineData("https://nowhere.example/x", "its host does not resolve to public addresses only")]
    [InlineData("https://empty.example/x", "its host does not resolve to public addresses only")]
    [InlineData("https://public.example/x", null)]
    // A name that does not exist and one that resolves to an internal address get the same answer: registration does
    // not tell which internal names exist.
    public async Task RegistrationRefusesURLsThatAreNotHttpsOrReachNonPublicAddresses(string url, string? expected)
    {
        var policy = new WebhookAddressPolicy(allowPrivateNetworks: false, FakeDns);
        Assert.Equal(expected, await policy.RefuseUrlAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task RegistrationResolvesTheASCIIFormOfAnInternationalisedHost()
    {
        var asked = new List<string>();
        var policy = new WebhookAddressPolicy(false, (host, _) =>
        {
            asked.Add(host);
            return Task.FromResult(new[] { IPAddress.Parse("8.8.8.8") });
        });
        Assert.Null(await policy.RefuseUrlAsync(new Uri("https://bücher.example/hook"), CancellationToken.None));
        Assert.Equal(["xn--bcher-kva.example"], asked);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/x")]
    [InlineData("http://internal.example/x")]
    [InlineData("https://[fd00::1]/x")]
    public async Task AllowingPrivateNetworksAcceptsEveryHttpURL(string url)
    {
        var policy = new WebhookAddressPolicy(allowPrivateNetworks: true, FakeDns);
        Assert.Null(await policy.RefuseUrlAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task AConnectionToAHostResolvingToLoopbackIsRefused()
    {
        // The real resolver: localhost is 127.0.0.1 (and perhaps ::1) on every machine.
        var policy = new WebhookAddressPolicy(allowPrivateNetworks: false);
        var refused = await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => policy.ResolveForConnectionAsync("localhost", CancellationToken.None));
        Assert.Equal("not connected: host 'localhost' resolves to a loopback address, which webhooks may not reach", refused.Message);

        var allowed = new WebhookAddressPolicy(allowPrivateNetworks: true);
        Assert.All(await allowed.ResolveForConnectionAsync("localhost", CancellationToken.None), address => Assert.True(IPAddress.IsLoopback(address)));
    }

    [Fact]
    public async Task AConnectionIsRefusedWhenAnyResolvedAddressIsAndAllowedOtherwise()
    {
        var policy = new WebhookAddressPolicy(false, FakeDns);
        Assert.Equal("not connected: host 'mixed.example' resolves to a link-local address, which webhooks may not reach",
            (await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => policy.ResolveForConnectionAsync("mixed.example", CancellationToken.None))).Message);
        // An IP literal is judged without a lookup (the fake resolver knows no such name).
        Assert.Equal("not connected: host '169.254.169.254' resolves to a link-local address, which webhooks may not reach",
            (await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => policy.ResolveForConnectionAsync("169.254.169.254", CancellationToken.None))).Message);
        Assert.Equal("not connected: host '[::ffff:10.0.0.1]' resolves to a private address, which webhooks may not reach",
            (await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => policy.ResolveForConnectionAsync("[::ffff:10.0.0.1]", CancellationToken.None))).Message);
        Assert.Equal([IPAddress.Parse("8.8.8.8"), IPAddress.Parse("2001:4860:4860::8888")],
            await policy.ResolveForConnectionAsync("public.example", CancellationToken.None));
    }

    /// <summary>A resolver with a few fixed names; any other name does not exist.</summary>
    private static Task<IPAddress[]> FakeDns(string host, CancellationToken cancellationToken) => host switch
    {
        "internal.example" => Task.FromResult(new[] { IPAddress.Parse("10.1.2.3") }),
        "mixed.example" => Task.FromResult(new[] { IPAddress.Parse("8.8.8.8"), IPAddress.Parse("169.254.169.254") }),
        "mapped.example" => Task.FromResult(new[] { IPAddress.Parse("::ffff:127.0.0.1") }),
        "test-net.example" => Task.FromResult(new[] { IPAddress.Parse("1.1.1.1"), IPAddress.Parse("198.51.100.7") }),
        "public.example" => Task.FromResult(new[] { IPAddress.Parse("8.8.8.8"), IPAddress.Parse("2001:4860:4860::8888") }),
        "empty.example" => Task.FromResult(Array.Empty<IPAddress>()),
        _ => Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)),
    };
}
