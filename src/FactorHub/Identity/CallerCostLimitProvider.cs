using FactorHub.GraphQL.Http;
using Microsoft.Extensions.Options;

namespace FactorHub.Identity;

/// <summary>Per-caller GraphQL cost limits (configuration section <c>Identity:CostLimits</c>; null = unlimited).</summary>
public sealed class CostLimitOptions
{
    public long? Anonymous { get; set; } = 50_000;
    public long? SignedIn { get; set; } = 200_000;
    /// <summary>Curators and administrators (bulk checks over the whole catalogue).</summary>
    public long? Staff { get; set; } = 1_000_000;
}

/// <summary>The GraphQL engine's <see cref="ICostLimitProvider"/>: the caller's limit follows who they are.</summary>
public sealed class CallerCostLimitProvider(IOptions<CostLimitOptions> options) : ICostLimitProvider
{
    public ValueTask<long?> GetMaxCostAsync(HttpContext context)
    {
        var user = context.User;
        var limits = options.Value;
        if (!user.IsSignedIn()) return new(limits.Anonymous);
        return new(user.HasRole(Roles.Curator) || user.HasRole(Roles.Administrator) ? limits.Staff : limits.SignedIn);
    }
}
