using System.Security.Claims;
using FactorHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactorHub.Identity;

/// <summary>
/// Builds the principal of a signed-in account, the same way for cookie sessions and API tokens: id, name, e-mail,
/// one <c>ClaimTypes.Role</c> claim per role, and the organisation (id and code).
/// </summary>
public sealed class FactorHubPrincipalFactory(
    UserManager<FactorHubUser> users, RoleManager<FactorHubRole> roles, IOptions<IdentityOptions> options, FactorHubDbContext db)
    : UserClaimsPrincipalFactory<FactorHubUser, FactorHubRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FactorHubUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await AddOrganisationAsync(identity, db, user.OrganisationId);
        return identity;
    }

    /// <summary>Claims of the account <paramref name="user"/> for authentication scheme <paramref name="scheme"/>, read without UserManager.</summary>
    public static async Task<ClaimsIdentity> ForTokenAsync(FactorHubDbContext db, FactorHubUser user, ApiToken token, string scheme,
        CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? user.Email ?? user.Id.ToString()));
        var roleNames = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        foreach (var role in roleNames) identity.AddClaim(new Claim(ClaimTypes.Role, role));
        identity.AddClaim(new Claim(FactorHubClaims.TokenId, token.Id.ToString()));
        foreach (var scope in token.Scopes) identity.AddClaim(new Claim(FactorHubClaims.Scope, scope));
        await AddOrganisationAsync(identity, db, user.OrganisationId, cancellationToken);
        return identity;
    }

    private static async Task AddOrganisationAsync(ClaimsIdentity identity, FactorHubDbContext db, Guid organisationId,
        CancellationToken cancellationToken = default)
    {
        var code = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Code).SingleAsync(cancellationToken);
        identity.AddClaim(new Claim(FactorHubClaims.OrganisationId, organisationId.ToString()));
        identity.AddClaim(new Claim(FactorHubClaims.OrganisationCode, code));
    }
}
