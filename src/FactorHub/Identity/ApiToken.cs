namespace FactorHub.Identity;

/// <summary>
/// An API token for a machine client. Only <see cref="SecretHash"/> (SHA-256 of the secret) is stored; the token
/// itself (<c>fh_</c> + the secret) is shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    /// <summary>The account that created the token; requests made with it act as this account.</summary>
    public Guid UserId { get; set; }
    /// <summary>Set when the token was created for the organisation rather than for the user alone.</summary>
    public Guid? OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the token (e.g. <c>fh_3kq9Zx</c>), so a person can tell their tokens apart.</summary>
    public required string DisplayPrefix { get; set; }
    public required byte[] SecretHash { get; set; }
    public required string[] Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>The scopes a token can carry.</summary>
public static class ApiTokenScopes
{
    public const string FactorsRead = "factors:read";
    public const string FactorsSubmit = "factors:submit";
    public const string CitationsReport = "citations:report";
    public const string ReviewsWrite = "reviews:write";
    /// <summary>List, register, deactivate, reactivate and delete the organisation's webhooks.</summary>
    public const string WebhooksManage = Snapshots.Webhooks.WebhooksSchemaContributor.ManageScope;
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [FactorsRead, FactorsSubmit, CitationsReport, ReviewsWrite, WebhooksManage, Admin];
}
