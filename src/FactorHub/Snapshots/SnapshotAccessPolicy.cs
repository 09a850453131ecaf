using System.Security.Claims;

namespace FactorHub.Snapshots;

/// <summary>
/// The one place snapshots ask who the caller is. The identity feature replaces the registration
/// (<c>services.Replace(...)</c>) if its rules differ; until then: the registered download set needs an authenticated
/// principal, and publishing (and registering webhooks) needs the role claim <c>Curator</c> or <c>Administrator</c>.
/// </summary>
public interface ISnapshotAccessPolicy
{
    bool MaySeeRegistered(ClaimsPrincipal? user);

    bool MayPublish(ClaimsPrincipal? user);

    bool MayManageWebhooks(ClaimsPrincipal? user);

    /// <summary>
    /// The organisation the caller acts for; webhooks belong to it. Null when the caller has none: then a webhook
    /// belongs to the account (its name) that registered it.
    /// </summary>
    Guid? OrganisationOf(ClaimsPrincipal? user);
}

public sealed class SnapshotAccessPolicy : ISnapshotAccessPolicy
{
    public static readonly string[] PublisherRoles = ["Curator", "Administrator"];

    public bool MaySeeRegistered(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    public bool MayPublish(ClaimsPrincipal? user) => MaySeeRegistered(user) && PublisherRoles.Any(user!.IsInRole);

    public bool MayManageWebhooks(ClaimsPrincipal? user) => MaySeeRegistered(user);

    public Guid? OrganisationOf(ClaimsPrincipal? user) => null;
}
