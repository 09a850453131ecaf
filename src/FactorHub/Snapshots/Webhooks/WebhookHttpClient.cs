using System.Net.Sockets;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>The HTTP client deliveries are posted with.</summary>
public static class WebhookHttpClient
{
    /// <summary>
    /// Redirects are not followed: a POST must reach the registered URL itself (a 3xx counts as a failed attempt).
    /// Pooled connections are renewed so a receiver's DNS change is seen. The dispatcher applies its own timeout.
    /// Unless <paramref name="policy"/> allows private networks, every connection resolves the host itself and opens a
    /// socket only to addresses the policy accepts (the check is on the address actually connected to, so DNS
    /// rebinding cannot bypass the check made at registration), and no proxy is used (through one, the address
    /// connected to would be the proxy's).
    /// </summary>
    public static HttpClient Create(WebhookAddressPolicy policy)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (!policy.AllowPrivateNetworks)
        {
            handler.UseProxy = false;
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await policy.ResolveForConnectionAsync(context.DnsEndPoint.Host, cancellationToken);
                // Dual mode, as SocketsHttpHandler's own connect: IPv4 and IPv6 addresses alike.
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
