using System.Security.Claims;

namespace FactorHub.Identity;

/// <summary>
/// The policy names fields carry in their "authorize" metadata (<c>SchemaBuilder.Authorize(coordinate, policies…)</c>);
/// a field with several policies needs all of them. docs/security.md lists which field needs which.
/// <list type="bullet">
/// <item><c>signed-in</c>: any account (cookie or API token).</item>
/// <item><c>role:A|B</c>: signed in with at least one of the roles A, B.</item>
/// <item><c>scope:S</c>: signed in, and an API token used for the request carries scope S (cookie sessions have every scope).</item>
/// </list>
/// </summary>
public static class Policies
{
    public const string SignedIn = "signed-in";

    public static string Role(params string[] roles) => "role:" + string.Join('|', roles);

    public static string Scope(string scope) => "scope:" + scope;

    /// <summary>Whether <paramref name="user"/> satisfies <paramref name="policy"/>; unknown policy names deny (fail closed).</summary>
    public static bool IsSatisfied(string policy, ClaimsPrincipal? user)
    {
        if (!user.IsSignedIn()) return false;
        if (policy == SignedIn) return true;
        if (policy.StartsWith("role:", StringComparison.Ordinal))
        {
            return policy["role:".Length..].Split('|').Any(user.HasRole);
        }
        if (policy.StartsWith("scope:", StringComparison.Ordinal))
        {
            return user.HasScope(policy["scope:".Length..]);
        }
        return false;
    }
}
