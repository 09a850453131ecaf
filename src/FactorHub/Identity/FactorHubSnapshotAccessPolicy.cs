using System.Security.Claims;
using FactorHub.Snapshots;

namespace FactorHub.Identity;

/// <summary>
/// Identity's rules for snapshots (replaces the snapshots feature's default): the registered download set needs a
/// signed-in caller whose token (if any) has <c>factors:read</c>; publishing needs the Curator or Administrator role;
/// webhooks need a signed-in caller whose token (if any) has <c>webhooks:manage</c>, and belong to the caller's organisation.
/// </summary>
public sealed class FactorHubSnapshotAccessPolicy : ISnapshotAccessPolicy
{
    public bool MaySeeRegistered(ClaimsPrincipal? user) => user.HasScope(ApiTokenScopes.FactorsRead);

    public bool MayPublish(ClaimsPrincipal? user) => user.HasRole(Roles.Curator) || user.HasRole(Roles.Administrator);

    /// <summary>A token needs its own scope: webhooks make the service send requests, and list receivers' URLs.</summary>
    public bool MayManageWebhooks(ClaimsPrincipal? user) => user.HasScope(ApiTokenScopes.WebhooksManage);

    public Guid? OrganisationOf(ClaimsPrincipal? user) => user.OrganisationIdOf();
}
