using System.Security.Claims;

namespace FactorHub.Factors;

/// <summary>
/// The one place that decides whether a caller may see a version's numbers (value, gas breakdown,
/// uncertainty bounds) — and therefore anything derived from them: converted values, blends, filters and
/// sort keys. public: everyone; registered: any signed-in caller; compute_only: nobody (the identity issue
/// will extend this for curators and the owning provider, hence the factor rather than the level is passed).
/// </summary>
public sealed class FactorValueAccess
{
    public bool CanSeeValues(PublishedFactor factor, ClaimsPrincipal? user) => CanSeeValues(factor, factor.Version, user);

    /// <summary>Whether <paramref name="user"/> may see the numbers of <paramref name="version"/> of <paramref name="factor"/>.</summary>
    public bool CanSeeValues(PublishedFactor factor, PublishedVersion version, ClaimsPrincipal? user) => version.AccessLevel switch
    {
        AccessLevel.Public => true,
        AccessLevel.Registered => user?.Identity?.IsAuthenticated == true,
        _ => false,
    };

    /// <summary>A version's value as the caller may see it: null when hidden.</summary>
    public decimal? VisibleValue(PublishedFactor factor, ClaimsPrincipal? user) =>
        CanSeeValues(factor, user) ? factor.Version.Value : null;

    /// <summary>Any other number of the version (gas breakdown, bounds), as the caller may see it.</summary>
    public decimal? Visible(PublishedFactor factor, ClaimsPrincipal? user, decimal? number) =>
        CanSeeValues(factor, user) ? number : null;
}
