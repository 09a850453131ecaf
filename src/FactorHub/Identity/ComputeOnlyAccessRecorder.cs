using System.Globalization;

namespace FactorHub.Identity;

/// <summary>
/// Notes, per request, which compute-only versions a curator was shown; <see cref="IdentityHostingExtensions.UseFactorHubIdentity"/>
/// writes them as one <c>compute-only-access</c> audit entry when the request ends (one row per request, not per
/// field). Only factor codes and version numbers are recorded, never the values.
/// </summary>
public sealed class ComputeOnlyAccessRecorder(IHttpContextAccessor http)
{
    private static readonly object ItemsKey = new();

    public void Record(string factorCode, int versionNumber)
    {
        if (http.HttpContext is not { } context) return;
        if (context.Items[ItemsKey] is not SortedSet<string> seen)
        {
            context.Items[ItemsKey] = seen = new SortedSet<string>(StringComparer.Ordinal);
        }
        lock (seen)
        {
            seen.Add(factorCode + " v" + versionNumber.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The versions recorded during <paramref name="context"/>, or null.</summary>
    public static IReadOnlyCollection<string>? Recorded(HttpContext context) =>
        context.Items[ItemsKey] is SortedSet<string> seen && seen.Count > 0 ? seen : null;
}
