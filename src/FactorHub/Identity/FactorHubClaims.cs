using System.Security.Claims;

namespace FactorHub.Identity;

/// <summary>
/// Claims FactorHub adds besides <c>ClaimTypes.NameIdentifier</c>, <c>ClaimTypes.Name</c> and <c>ClaimTypes.Role</c>,
/// and the questions other features ask of a principal.
/// </summary>
public static class FactorHubClaims
{
    /// <summary>The caller's organisation id (a GUID).</summary>
    public const string OrganisationId = "factorhub:organisation_id";
    /// <summary>The caller's organisation code.</summary>
    public const string OrganisationCode = "factorhub:organisation";
    /// <summary>One claim per scope of the API token the request was authenticated with.</summary>
    public const string Scope = "scope";
    /// <summary>The id of the API token the request was authenticated with (absent for cookie sign-in).</summary>
    public const string TokenId = "factorhub:token_id";

    public static bool IsSignedIn(this ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    public static Guid? UserId(this ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && user.IsSignedIn() ? id : null;

    public static Guid? OrganisationIdOf(this ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(OrganisationId), out var id) && user.IsSignedIn() ? id : null;

    public static bool IsTokenCaller(this ClaimsPrincipal? user) => user?.HasClaim(c => c.Type == TokenId) == true;

    /// <summary>
    /// Whether the caller may use what <paramref name="scope"/> covers: a cookie session has every scope its roles
    /// allow; an API token only the scopes it was created with.
    /// </summary>
    public static bool HasScope(this ClaimsPrincipal? user, string scope) =>
        user.IsSignedIn() && (!user.IsTokenCaller() || user!.HasClaim(Scope, scope));

    /// <summary>Signed in with role <paramref name="role"/>.</summary>
    public static bool HasRole(this ClaimsPrincipal? user, string role) => user.IsSignedIn() && user!.IsInRole(role);
}
