using System.Text;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Matches GraphQL enum value names (SCREAMING_CASE by convention) to C# enum members (PascalCase):
/// GRID_ELECTRICITY ↔ GridElectricity, CRADLE_TO_GATE ↔ CradleToGate, AR6 ↔ Ar6, CO2E ↔ Co2e.
/// Exact conversion first, then a comparison ignoring underscores and case.
/// </summary>
public static class EnumNameMapping
{
    /// <summary>The member of <paramref name="enumType"/> for <paramref name="graphQLName"/> (boxed), or null.</summary>
    public static object? FindMember(Type enumType, string graphQLName)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (!enumType.IsEnum)
        {
            throw new ArgumentException($"{enumType.FullName} is not an enum type.", nameof(enumType));
        }

        var names = Enum.GetNames(enumType);
        var match = names.FirstOrDefault(n => ToScreamingCase(n) == graphQLName)
            ?? names.FirstOrDefault(n => Normalize(n) == Normalize(graphQLName));
        return match is null ? null : Enum.Parse(enumType, match);
    }

    /// <summary>PascalCase → SCREAMING_CASE: an underscore goes before an upper-case letter that follows a lower-case letter or
    /// digit, or that starts a word after an acronym (HTTPServer → HTTP_SERVER).</summary>
    public static string ToScreamingCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
