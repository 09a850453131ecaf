using System.Collections;
using System.Globalization;
using FactorHub.Data;

namespace FactorHub.Factors;

/// <summary>
/// Reads GraphQL input values as the engine delivers them (dictionaries, lists, strings, booleans, decimals)
/// into typed values, with errors that name the input path (e.g. <c>where.or[1].referenceYear.gte</c>).
/// </summary>
public static class CatalogInput
{
    public static IReadOnlyDictionary<string, object?> Object(object? value, string path) => value switch
    {
        IReadOnlyDictionary<string, object?> d => d,
        IDictionary<string, object?> d => d.AsReadOnly(),
        _ => throw Bad(path, "an input object"),
    };

    public static IReadOnlyList<object?> List(object? value, string path) => value switch
    {
        string => throw Bad(path, "a list"),
        IEnumerable e => e.Cast<object?>().ToArray(),
        _ => throw Bad(path, "a list"),
    };

    public static string String(object? value, string path) =>
        value as string ?? throw Bad(path, "a string");

    public static decimal Decimal(object? value, string path) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        double d when double.IsFinite(d) => (decimal)d,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw Bad(path, "a decimal number"),
    };

    public static int Int(object? value, string path)
    {
        var d = Decimal(value, path);
        return d == decimal.Truncate(d) && d >= int.MinValue && d <= int.MaxValue ? (int)d : throw Bad(path, "an integer");
    }

    /// <summary>
    /// An enum value given as its GraphQL name (GRID_ELECTRICITY), its database text (grid_electricity) or the CLR value.
    /// </summary>
    public static TEnum Enum<TEnum>(object? value, string path) where TEnum : struct, Enum
    {
        if (value is TEnum typed)
        {
            return typed;
        }
        if (value is string text)
        {
            if (DbText.TryParse<TEnum>(text, out var parsed) || DbText.TryParse(text.ToLowerInvariant(), out parsed))
            {
                return parsed;
            }
            // Database texts that are not lower-case (AR5) match their GraphQL names exactly.
            foreach (var candidate in System.Enum.GetValues<TEnum>())
            {
                if (string.Equals(GraphQLName(candidate), text, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }
        throw new CatalogException(CatalogErrorCodes.BadUserInput,
            $"{path}: '{value}' is not a valid {typeof(TEnum).Name}; expected one of: {string.Join(", ", System.Enum.GetValues<TEnum>().Select(GraphQLName))}.", path);
    }

    /// <summary>The GraphQL enum value name of a vocabulary member: its database text in upper case (GRID_ELECTRICITY, AR5).</summary>
    public static string GraphQLName<TEnum>(TEnum value) where TEnum : struct, Enum => DbText.Of(value).ToUpperInvariant();

    public static CatalogException Bad(string path, string expected) =>
        new(CatalogErrorCodes.BadUserInput, $"{path}: expected {expected}.", path);
}
