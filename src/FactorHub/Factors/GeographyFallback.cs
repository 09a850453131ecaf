using FactorHub.Catalog;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

/// <summary>
/// The geography fallback chain: province (or province part) → grid region → country → … → global, e.g.
/// CN-JS → CN-GRID-E → CN → GLO, CN-NM-W → CN-GRID-N → CN → GLO. A province that spans two grids (Inner Mongolia) has no single grid region:
/// its chain carries an <see cref="Step.AmbiguousParts"/> step listing the parts, and a caller that would need
/// the grid region must ask which part is meant.
/// </summary>
public static class GeographyFallback
{
    public sealed record Step(Geography Geography, string Reason, IReadOnlyList<Geography>? AmbiguousParts = null);

    public static IReadOnlyList<Step> Chain(SnapshotIndex index, Geography start)
    {
        var steps = new List<Step> { new(start, "requested geography") };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Code };

        void Add(Geography? g, string reason)
        {
            if (g is not null && seen.Add(g.Code))
            {
                steps.Add(new Step(g, reason));
            }
        }

        Geography? Parent(Geography g) => g.ParentCode is { } p ? index.Geographies.GetValueOrDefault(p) : null;

        // A part skips its whole province: the province's figure mixes both grids, which naming the part avoids.
        var province = start.Kind == GeographyKind.ProvincePart ? Parent(start) : start;
        if (province is not null && province != start)
        {
            seen.Add(province.Code);
        }
        if (start.Kind is GeographyKind.Province or GeographyKind.ProvincePart)
        {
            var grid = start.GridRegionCode ?? province?.GridRegionCode;
            if (grid is not null)
            {
                Add(index.Geographies.GetValueOrDefault(grid), "grid region");
            }
            else if (province is not null)
            {
                var parts = index.ChildrenOf(province).Where(p => p.Kind == GeographyKind.ProvincePart && p.GridRegionCode is not null).ToArray();
                if (parts.Length > 1)
                {
                    steps.Add(new Step(province, "grid region", parts));
                }
            }
        }
        for (var g = Parent(province ?? start); g is not null; g = Parent(g))
        {
            Add(g, g.Kind switch
            {
                GeographyKind.Country => "national",
                GeographyKind.Global => "global",
                _ => "enclosing region",
            });
        }
        return steps;
    }

    /// <summary>"CN-JS (江苏省 Jiangsu)": how trails and errors name a geography.</summary>
    public static string Describe(Geography g) => $"{g.Code} ({g.NameZh} {g.NameEn})";
}
