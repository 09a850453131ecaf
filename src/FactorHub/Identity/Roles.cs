namespace FactorHub.Identity;

/// <summary>The roles FactorHub knows. Role claims carry these names (<c>ClaimTypes.Role</c>).</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Curator = "Curator";
    public const string Expert = "Expert";
    /// <summary>Acts for its organisation: submits and revises factors, sees its citation counts.</summary>
    public const string Provider = "Provider";
    /// <summary>A calculation engine's account.</summary>
    public const string Consumer = "Consumer";
    public const string Verifier = "Verifier";

    public static readonly IReadOnlyList<string> All = [Administrator, Curator, Expert, Provider, Consumer, Verifier];

    /// <summary>The canonical spelling of <paramref name="name"/> (case-insensitive), or null when it is not a role.</summary>
    public static string? Find(string? name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
