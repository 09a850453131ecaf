using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FactorHub.Identity;

/// <summary>
/// Request rate limits (configuration section <c>RateLimiting</c>): a fixed window per API token for requests that
/// authenticated with one, and per client IP address for the rest (made-up or dead tokens included). Generous by default, so the GraphQL conformance audit and the
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
            // Runs after authentication: only a token that authenticated has a budget of its own (keyed by its id,
            // never the secret). A made-up or dead token counts against its address like any anonymous request, so
            // sending a different random token with every request does not get round the address's limit.
            if (http.User.FindFirst(FactorHubClaims.TokenId)?.Value is { } tokenId)
            {
                return RateLimitPartition.GetFixedWindowLimiter("token:" + tokenId, perToken);
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
