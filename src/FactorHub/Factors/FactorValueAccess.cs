using System.Security.Claims;
using FactorHub.Identity;

namespace FactorHub.Factors;

/// <summary>
/// The one place that decides whether a caller may see a version's numbers (value, gas breakdown,
/// uncertainty bounds) — and therefore anything derived from them: converted values, blends, filters and
/// sort keys. public: everyone; registered: any signed-in caller (an API token needs the factors:read scope);
/// compute_only: only curators and members of the owning provider organisation. Every time a curator outside the
/// owning organisation is shown compute-only numbers, <see cref="ComputeOnlyAccessRecorder"/> notes it for the audit log.
/// </summary>
public sealed class FactorValueAccess(ComputeOnlyAccessRecorder? recorder = null)
{
    public bool CanSeeValues(PublishedFactor factor, ClaimsPrincipal? user) => CanSeeValues(factor, factor.Version, user);

    /// <summary>Whether <paramref name="user"/> may see the numbers of <paramref name="version"/> of <paramref name="factor"/>.</summary>
    public bool CanSeeValues(PublishedFactor factor, PublishedVersion version, ClaimsPrincipal? user) => version.AccessLevel switch
    {
        AccessLevel.Public => true,
        AccessLevel.Registered => user.HasScope(ApiTokenScopes.FactorsRead),
        _ => CanSeeComputeOnly(factor, version, user),
    };

    private bool CanSeeComputeOnly(PublishedFactor factor, PublishedVersion version, ClaimsPrincipal? user)
    {
        if (!user.HasScope(ApiTokenScopes.FactorsRead)) return false;
        if (user.OrganisationIdOf() == factor.Provider.Id) return true;
        if (!user.HasRole(Roles.Curator)) return false;
        recorder?.Record(factor.Code, version.VersionNumber);
        return true;
    }

    /// <summary>A version's value as the caller may see it: null when hidden.</summary>
    public decimal? VisibleValue(PublishedFactor factor, ClaimsPrincipal? user) =>
        CanSeeValues(factor, user) ? factor.Version.Value : null;

    /// <summary>Any other number of the version (gas breakdown, bounds), as the caller may see it.</summary>
    public decimal? Visible(PublishedFactor factor, ClaimsPrincipal? user, decimal? number) =>
        CanSeeValues(factor, user) ? number : null;
}
