using FactorHub.Data;

namespace FactorHub.Factors;

/// <summary>
/// The <c>order:</c> argument: a list of sort inputs in HotChocolate's shape (<c>[{ referenceYear: DESC }, { code: ASC }]</c>),
/// applied in order; the factor code (unique) always breaks remaining ties, so pages are deterministic.
/// Missing values (no grade, a value the caller may not see) sort last in either direction.
/// </summary>
public static class FactorOrder
{
    private static readonly Dictionary<string, Func<PublishedFactor, FactorFilter.FilterContext, IComparable?>> Keys = new(StringComparer.Ordinal)
    {
        ["code"] = (f, _) => f.Code,
        ["seriesCode"] = (f, _) => f.SeriesCode,
        ["nameZh"] = (f, _) => f.NameZh,
        ["nameEn"] = (f, _) => f.NameEn,
        ["kind"] = (f, _) => DbText.Of(f.Kind),
        ["category"] = (f, _) => f.Category.Code,
        ["geography"] = (f, _) => f.Geography.Code,
        ["grade"] = (f, _) => f.Version.GradeLevel,
        ["gasCoverage"] = (f, _) => DbText.Of(f.Version.GasCoverage),
        ["systemBoundary"] = (f, _) => DbText.Of(f.Version.SystemBoundary),
        ["referenceYear"] = (f, _) => f.ReferenceYear,
        ["value"] = (f, c) => c.Access.VisibleValue(f, c.User),
        ["unit"] = (f, _) => f.Unit.Code,
        ["unitDimension"] = (f, _) => DbText.Of(f.Unit.Dimension),
        ["provider"] = (f, _) => f.Provider.Code,
    };

    public static IReadOnlyCollection<string> FieldNames => Keys.Keys;

    /// <summary>Sorts <paramref name="factors"/> (stable) by <paramref name="order"/> (null or empty: by code).</summary>
    public static IReadOnlyList<PublishedFactor> Apply(IEnumerable<PublishedFactor> factors, IReadOnlyList<object?>? order, FactorFilter.FilterContext context, string path = "order")
    {
        var comparers = new List<Comparison<PublishedFactor>>();
        if (order is not null)
        {
            for (var i = 0; i < order.Count; i++)
            {
                foreach (var (field, direction) in CatalogInput.Object(order[i], $"{path}[{i}]"))
                {
                    var fieldPath = $"{path}[{i}].{field}";
                    if (!Keys.TryGetValue(field, out var key))
                    {
                        throw new CatalogException(CatalogErrorCodes.BadUserInput,
                            $"{fieldPath}: unknown sort field '{field}'. Known fields: {string.Join(", ", Keys.Keys)}.", fieldPath);
                    }
                    if (direction is null)
                    {
                        continue;
                    }
                    var descending = direction is string d ? d switch
                    {
                        "ASC" => false,
                        "DESC" => true,
                        _ => throw new CatalogException(CatalogErrorCodes.BadUserInput, $"{fieldPath}: expected ASC or DESC, not '{d}'.", fieldPath),
                    } : throw CatalogInput.Bad(fieldPath, "ASC or DESC");
                    comparers.Add((a, b) => CompareKeys(key(a, context), key(b, context), descending));
                }
            }
        }
        comparers.Add((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var all = comparers.ToArray();
        var list = factors.ToList();
        list.Sort((a, b) =>
        {
            foreach (var compare in all)
            {
                var c = compare(a, b);
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        });
        return list;
    }

    private static int CompareKeys(IComparable? a, IComparable? b, bool descending)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }
        var c = a is string sa && b is string sb ? string.CompareOrdinal(sa, sb) : a.CompareTo(b);
        return descending ? -c : c;
    }
}
