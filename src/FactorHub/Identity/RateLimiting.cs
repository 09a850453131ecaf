using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FactorHub.Identity;

/// <summary>
/// Request rate limits (configuration section <c>RateLimiting</c>): a fixed window per API token for requests that
/// carry one, and per client IP address for the rest. Generous by default, so the GraphQL conformance audit and the
/// catalogue benchmark (thousands of requests a second from one address) run through.
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;
    public int PermitsPerToken { get; set; } = 600_000;
    public int PermitsPerAddress { get; set; } = 600_000;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

internal static class RateLimiting
{
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // The partition factories are built once, not per request (a lambda capturing options would allocate each time).
        Func<string, FixedWindowRateLimiterOptions> perToken = _ => Window(options.PermitsPerToken, options.Window);
        Func<string, FixedWindowRateLimiterOptions> perAddress = _ => Window(options.PermitsPerAddress, options.Window);
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!options.Enabled) return RateLimitPartition.GetNoLimiter("off");
            // Partitioned by a digest of the presented token (valid or not), so the key never holds the secret.
            if (ApiTokenAuthenticationHandler.BearerToken(http.Request) is { Length: > 0 } token)
            {
                var key = "token:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)), 0, 16);
                return RateLimitPartition.GetFixedWindowLimiter(key, perToken);
            }
            // The address text itself is the key (IPAddress caches it): it can never equal a "token:…" key.
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(address, perAddress);
        });
        limiter.OnRejected = (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
            context.HttpContext.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
