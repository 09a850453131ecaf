using System.Collections.Concurrent;
using System.Collections.Frozen;
using FactorHub.Catalog;
using FactorHub.Factors;
using FactorHub.Identity;

namespace FactorHub.Snapshots;

/// <summary>A published snapshot as catalogue reads see it (immutable).</summary>
public sealed record SnapshotInfo(
    Guid Id,
    string Label,
    DateTimeOffset CutoffAt,
    DateTimeOffset PublishedAt,
    string? PreviousLabel,
    int FactorCount,
    string ContentDigest,
    string? DescriptionZh,
    string? DescriptionEn);

/// <summary>
/// An immutable in-memory index of one published snapshot: its members (factor + the version it holds),
/// every earlier published version of those factors, and the reference data they point at. A published
/// snapshot never changes (the database refuses it), so an index is built once per label and kept.
/// </summary>
public sealed class SnapshotIndex
{
    private readonly FrozenDictionary<string, PublishedFactor> byCode;
    private readonly FrozenDictionary<Guid, PublishedFactor> byId;
    private readonly FrozenDictionary<Guid, (PublishedFactor Factor, PublishedVersion Version)> versionsById;
    private readonly FrozenDictionary<string, IReadOnlyList<PublishedFactor>> bySeries;
    private readonly FrozenDictionary<Guid, IReadOnlyList<PublishedVersion>> history;
    private readonly FrozenDictionary<string, IReadOnlyList<Category>> childCategories;
    private readonly FrozenDictionary<string, IReadOnlyList<Geography>> childGeographies;
    private readonly Lazy<FactorSearchIndex> searchIndex;
    private readonly FrozenDictionary<string, IReadOnlyList<PublishedFactor>> activeByGeography;
    private readonly ConcurrentDictionary<(Guid VersionId, string UnitCode), decimal> conversions = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<GeographyFallback.Step>> fallbackChains = new(StringComparer.Ordinal);

    public SnapshotIndex(
        SnapshotInfo snapshot,
        IEnumerable<PublishedFactor> members,
        IEnumerable<PublishedVersion> publishedVersions,
        IEnumerable<Category> categories,
        IEnumerable<Grade> grades,
        IEnumerable<Unit> units,
        IEnumerable<Geography> geographies,
        IEnumerable<Organisation> organisations)
    {
        Snapshot = snapshot;
        Factors = members.OrderBy(f => f.Code, StringComparer.Ordinal).ToArray();
        ActiveFactors = Factors.Where(f => f.IsActive).ToArray();
        byCode = Factors.ToFrozenDictionary(f => f.Code, StringComparer.Ordinal);
        byId = Factors.ToFrozenDictionary(f => f.Id);
        activeByGeography = ActiveFactors.GroupBy(f => f.Geography.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<PublishedFactor>)g.ToArray(), StringComparer.Ordinal);
        bySeries = ActiveFactors.GroupBy(f => f.SeriesCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<PublishedFactor>)g.OrderBy(f => f.ReferenceYear).ToArray(), StringComparer.Ordinal);

        // Every version of a member factor that some published snapshot up to this one held, newest first;
        // the member's own version is always among them.
        history = publishedVersions.Concat(Factors.Select(f => f.Version))
            .DistinctBy(v => v.Id)
            .Where(v => byId.ContainsKey(v.FactorId))
            .GroupBy(v => v.FactorId)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<PublishedVersion>)g.OrderByDescending(v => v.VersionNumber).ToArray());
        versionsById = history.Values.SelectMany(list => list)
            .ToFrozenDictionary(v => v.Id, v => (byId[v.FactorId], v));

        CategoryList = categories.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        Categories = CategoryList.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        childCategories = CategoryList.Where(c => c.ParentCode is not null).GroupBy(c => c.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Category>)g.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        RootCategories = CategoryList.Where(c => c.ParentCode is null).OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray();

        GradeList = grades.OrderBy(g => g.Level).ToArray();
        Grades = GradeList.ToFrozenDictionary(g => g.Level);
        UnitList = units.OrderBy(u => u.Dimension).ThenBy(u => u.Code, StringComparer.Ordinal).ToArray();
        Units = UnitList.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        GeographyList = geographies.OrderBy(g => g.Code, StringComparer.Ordinal).ToArray();
        Geographies = GeographyList.ToFrozenDictionary(g => g.Code, StringComparer.Ordinal);
        childGeographies = GeographyList.Where(g => g.ParentCode is not null).GroupBy(g => g.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Geography>)g.ToArray(), StringComparer.Ordinal);
        OrganisationList = organisations.OrderBy(o => o.Code, StringComparer.Ordinal).ToArray();
        Organisations = OrganisationList.ToFrozenDictionary(o => o.Id);
        searchIndex = new Lazy<FactorSearchIndex>(() => new FactorSearchIndex(ActiveFactors));
    }

    public SnapshotInfo Snapshot { get; }

    /// <summary>Every member, withdrawn ones included, ordered by code.</summary>
    public IReadOnlyList<PublishedFactor> Factors { get; }

    /// <summary>Members that are not withdrawn, ordered by code: what lists, search and resolution see.</summary>
    public IReadOnlyList<PublishedFactor> ActiveFactors { get; }

    public IReadOnlyList<Category> CategoryList { get; }
    public IReadOnlyList<Category> RootCategories { get; }
    public FrozenDictionary<string, Category> Categories { get; }
    public IReadOnlyList<Grade> GradeList { get; }
    public FrozenDictionary<short, Grade> Grades { get; }
    public IReadOnlyList<Unit> UnitList { get; }
    public FrozenDictionary<string, Unit> Units { get; }
    public IReadOnlyList<Geography> GeographyList { get; }
    public FrozenDictionary<string, Geography> Geographies { get; }
    public IReadOnlyList<Organisation> OrganisationList { get; }
    public FrozenDictionary<Guid, Organisation> Organisations { get; }

    /// <summary>Trigram and substring data for <c>searchFactors</c>, built on first use.</summary>
    public FactorSearchIndex SearchIndex => searchIndex.Value;

    public PublishedFactor? FindByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The active factors declared for exactly this geography.</summary>
    public IReadOnlyList<PublishedFactor> ActiveFactorsIn(string geographyCode) => activeByGeography.GetValueOrDefault(geographyCode) ?? [];

    /// <summary>
    /// <paramref name="version"/>'s value per <paramref name="unit"/> (same dimension as the factor's unit). Memoised: the
    /// snapshot never changes, and exact conversion (<see cref="UnitConversion.ConvertPerUnit"/>) costs big-integer arithmetic.
    /// </summary>
    public decimal ValueIn(PublishedFactor factor, PublishedVersion version, Unit unit) =>
        unit.Code == factor.Unit.Code
            ? version.Value
            : conversions.GetOrAdd((version.Id, unit.Code), static (_, args) => UnitConversion.ConvertPerUnit(args.Value, args.From, args.To),
                (version.Value, From: factor.Unit, To: unit));

    /// <summary>The geography fallback chain of <paramref name="geography"/> (memoised).</summary>
    public IReadOnlyList<GeographyFallback.Step> FallbackChain(Geography geography) =>
        fallbackChains.GetOrAdd(geography.Code, static (_, args) => GeographyFallback.Chain(args.Index, args.Geography), (Index: this, Geography: geography));

    public PublishedFactor? FindById(Guid factorId) => byId.GetValueOrDefault(factorId);

    /// <summary>A version of a member factor published in this snapshot or an earlier one, with its factor.</summary>
    public (PublishedFactor Factor, PublishedVersion Version)? FindVersion(Guid versionId) =>
        versionsById.TryGetValue(versionId, out var found) ? found : null;

    /// <summary>The active factors of a series (the same datum in other years), oldest year first.</summary>
    public IReadOnlyList<PublishedFactor> Series(string seriesCode) => bySeries.GetValueOrDefault(seriesCode) ?? [];

    /// <summary>The published versions of a factor up to this snapshot, newest first.</summary>
    public IReadOnlyList<PublishedVersion> VersionsOf(Guid factorId) => history.GetValueOrDefault(factorId) ?? [];

    public IReadOnlyList<Category> ChildrenOf(Category category) => childCategories.GetValueOrDefault(category.Code) ?? [];

    public IReadOnlyList<Geography> ChildrenOf(Geography geography) => childGeographies.GetValueOrDefault(geography.Code) ?? [];
}
