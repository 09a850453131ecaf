using System.Globalization;
using System.Security.Claims;
using FactorHub.Catalog;
using FactorHub.Data;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

/// <summary>One request of <c>resolveFactors</c>: by <see cref="Code"/>, or by kind/category + geography (+ year).</summary>
public sealed record FactorRequest
{
    /// <summary>The caller's own key, echoed back so results can be matched to requests.</summary>
    public string? Key { get; init; }
    public string? Code { get; init; }
    public FactorKind? Kind { get; init; }
    public string? Category { get; init; }
    public string? Geography { get; init; }
    public int? Year { get; init; }
    public string? Unit { get; init; }
    public GasCoverage? GasCoverage { get; init; }
    public SystemBoundary? SystemBoundary { get; init; }
}

/// <summary>Why a step of the choice was taken. <see cref="Kind"/> is one of the <c>ResolutionStepKind</c> names.</summary>
public sealed record ResolutionStep(string Kind, string Message);

public sealed record ResolutionError(string Code, string Message, string? Field);

/// <summary>The answer to one request: the chosen factor and version, the value in the requested unit, and the trail.</summary>
public sealed record FactorResolution
{
    public required int Index { get; init; }
    public string? Key { get; init; }
    public PublishedFactor? Factor { get; init; }
    /// <summary>The version's value in <see cref="Unit"/>; null when the caller may not see it or on error.</summary>
    public decimal? Value { get; init; }
    public Unit? Unit { get; init; }
    public required IReadOnlyList<ResolutionStep> Trail { get; init; }
    public ResolutionError? Error { get; init; }
    public required SnapshotInfo Snapshot { get; init; }
}

/// <summary>
/// Chooses factor versions for calculation engines. Rules (documented in docs/api.md):
/// <list type="bullet">
/// <item>By code: that factor; when the code is not in the snapshot, the same series' nearest earlier year.</item>
/// <item>By criteria: active factors of the kind, in the category or any descendant, optionally of one gas coverage
/// and boundary, declared in a unit of the requested unit's dimension; geography fallback (see
/// <see cref="GeographyFallback"/>) — a more specific geography wins over a later year; within a geography the
/// nearest reference year not after the requested one.</item>
/// <item>Tie-break, deterministic: better (lower) grade level, then higher value (the conservative choice; a value
/// the caller may not see counts as none), then factor code (ordinal).</item>
/// <item>Unit conversion: <see cref="UnitConversion.ConvertPerUnit"/>, exact where the ratio terminates,
/// otherwise half-even to 28 significant digits.</item>
/// </list>
/// </summary>
public sealed class FactorResolver(FactorValueAccess access)
{
    public const int MaxRequests = 1000;

    public IReadOnlyList<FactorResolution> Resolve(SnapshotIndex index, IReadOnlyList<FactorRequest> requests, ClaimsPrincipal? user)
    {
        if (requests.Count > MaxRequests)
        {
            throw new CatalogException(CatalogErrorCodes.TooManyRequests,
                $"requests: {requests.Count} requests given; at most {MaxRequests} are resolved at once.", "requests");
        }
        var results = new FactorResolution[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var trail = new List<ResolutionStep>();
            var path = $"requests[{i}]";
            try
            {
                // An expected refusal (no factor matches) comes back as a value: 100 requests with a few gaps must not
                // pay for a thrown exception each. Invalid input still throws and is caught below.
                var (factor, unit, failure) = ResolveOne(index, requests[i], trail, path);
                if (failure is not null)
                {
                    results[i] = Failed(i, requests[i], trail, index, failure);
                    continue;
                }
                decimal? value = null;
                if (access.CanSeeValues(factor, user))
                {
                    value = index.ValueIn(factor, factor.Version, unit);
                    if (unit.Code != factor.Unit.Code)
                    {
                        trail.Add(new("UNIT_CONVERSION", $"Converted from per {factor.Unit.Code} to per {unit.Code}."));
                    }
                }
                else
                {
                    trail.Add(new("VALUE_WITHHELD", $"The value is not disclosed to this caller (access level {DbText.Of(factor.Version.AccessLevel)})."));
                }
                results[i] = new FactorResolution { Index = i, Key = requests[i].Key, Factor = factor, Value = value, Unit = unit, Trail = trail, Snapshot = index.Snapshot };
            }
            catch (CatalogException e)
            {
                results[i] = Failed(i, requests[i], trail, index, e);
            }
        }
        return results;
    }

    private static FactorResolution Failed(int i, FactorRequest request, List<ResolutionStep> trail, SnapshotIndex index, CatalogException e) => new()
    {
        Index = i, Key = request.Key, Trail = trail, Snapshot = index.Snapshot,
        Error = new ResolutionError(e.Code, e.Message, e.Field),
    };

    /// <summary>The factor and unit for one request, or (null, null, the refusal) when no factor can be chosen.</summary>
    private (PublishedFactor Factor, Unit Unit, CatalogException? Failure) ResolveOne(SnapshotIndex index, FactorRequest request, List<ResolutionStep> trail, string path)
    {
        Unit? unit = null;
        if (request.Unit is not null)
        {
            unit = index.Units.GetValueOrDefault(request.Unit)
                ?? throw new CatalogException(CatalogErrorCodes.UnknownUnit,
                    $"{path}.unit: unknown unit '{request.Unit}'. Known units: {string.Join(", ", index.UnitList.Select(u => u.Code))}.", $"{path}.unit");
        }

        PublishedFactor factor;
        if (request.Code is not null)
        {
            if (request.Kind is not null || request.Category is not null || request.Geography is not null || request.Year is not null)
            {
                throw new CatalogException(CatalogErrorCodes.BadUserInput,
                    $"{path}: give either code, or kind/category + geography (+ year), not both.", path);
            }
            factor = ByCode(index, request.Code, trail, path);
        }
        else
        {
            if (ByCriteria(index, request, unit, trail, path, out var failure) is not { } found)
            {
                return (null!, null!, failure);
            }
            factor = found;
        }

        unit ??= factor.Unit;
        if (unit.Dimension != factor.Unit.Dimension)
        {
            throw new CatalogException(CatalogErrorCodes.IncompatibleUnit,
                $"{path}.unit: {factor.Code} is declared per {factor.Unit.Code} ({DbText.Of(factor.Unit.Dimension)}); it cannot be given per {unit.Code} ({DbText.Of(unit.Dimension)}).",
                $"{path}.unit");
        }
        return (factor, unit, null);
    }

    private static PublishedFactor ByCode(SnapshotIndex index, string code, List<ResolutionStep> trail, string path)
    {
        var factor = index.FindByCode(code);
        if (factor is { IsActive: true })
        {
            trail.Add(new("CODE", $"Factor {code} is in snapshot {index.Snapshot.Label} (version {factor.Version.VersionNumber})."));
            return factor;
        }
        // A code ends in its reference year: fall back to the same series' nearest earlier year.
        var dot = code.LastIndexOf('.');
        if (dot > 0 && int.TryParse(code.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && code.Length - dot == 5)
        {
            var series = code[..dot];
            var earlier = index.Series(series).Where(f => f.ReferenceYear < year).MaxBy(f => f.ReferenceYear);
            if (earlier is not null)
            {
                trail.Add(new("YEAR_FALLBACK", factor is null
                    ? $"Factor {code} is not in snapshot {index.Snapshot.Label}; used {earlier.Code}, the nearest earlier reference year of series {series}."
                    : $"Factor {code} is withdrawn in snapshot {index.Snapshot.Label}; used {earlier.Code}, the nearest earlier reference year of series {series}."));
                return earlier;
            }
        }
        throw new CatalogException(CatalogErrorCodes.FactorNotFound, factor is null
            ? $"{path}.code: no factor '{code}' in snapshot {index.Snapshot.Label}, and no earlier year of its series."
            : $"{path}.code: factor '{code}' is withdrawn in snapshot {index.Snapshot.Label}, and no earlier year of its series is available.", $"{path}.code");
    }

    private PublishedFactor? ByCriteria(SnapshotIndex index, FactorRequest request, Unit? unit, List<ResolutionStep> trail, string path,
        out CatalogException? failure)
    {
        if (request.Kind is null && request.Category is null)
        {
            throw new CatalogException(CatalogErrorCodes.BadUserInput, $"{path}: give a code, or at least a kind or a category.", path);
        }
        if (request.Geography is null)
        {
            throw new CatalogException(CatalogErrorCodes.BadUserInput, $"{path}.geography: a geography is required when no code is given.", $"{path}.geography");
        }
        if (request.Category is not null && !index.Categories.ContainsKey(request.Category))
        {
            throw new CatalogException(CatalogErrorCodes.UnknownCategory, $"{path}.category: unknown category '{request.Category}'.", $"{path}.category");
        }
        var geography = index.Geographies.GetValueOrDefault(request.Geography)
            ?? throw new CatalogException(CatalogErrorCodes.UnknownGeography, $"{path}.geography: unknown geography '{request.Geography}'.", $"{path}.geography");

        bool Matches(PublishedFactor f) =>
            (request.Kind is null || f.Kind == request.Kind)
            && (request.Category is null || f.Category.IsSelfOrDescendantOf(request.Category))
            && (request.GasCoverage is null || f.Version.GasCoverage == request.GasCoverage)
            && (request.SystemBoundary is null || f.Version.SystemBoundary == request.SystemBoundary);
        var what = Describe(request);
        var chosen = TrySelectByGeographyAndYear(index, f => Matches(f) && (unit is null || f.Unit.Dimension == unit.Dimension),
            geography, request.Year, what, trail, path, true, out failure);
        if (chosen is null && failure!.Code == CatalogErrorCodes.NoMatchingFactor && unit is not null)
        {
            // Say why when the criteria do match factors, only none in the requested unit's dimension.
            var declared = index.ActiveFactors.Where(Matches).Select(f => f.Unit.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (declared.Length > 0 && declared.All(code => index.Units[code].Dimension != unit.Dimension))
            {
                failure = new CatalogException(CatalogErrorCodes.IncompatibleUnit,
                    $"{path}.unit: {what} are declared per {string.Join(", ", declared)}; none can be given per {unit.Code} ({DbText.Of(unit.Dimension)}).", $"{path}.unit");
            }
        }
        return chosen;
    }

    /// <summary>
    /// The fallback walk shared with the electricity models: the first geography of the chain with a candidate not
    /// after <paramref name="year"/> wins; within it the nearest year, then the tie-break.
    /// </summary>
    internal PublishedFactor SelectByGeographyAndYear(SnapshotIndex index, Func<PublishedFactor, bool> isCandidate, Geography geography,
        int? year, string what, List<ResolutionStep> trail, string path, bool allowGeographyFallback = true) =>
        TrySelectByGeographyAndYear(index, isCandidate, geography, year, what, trail, path, allowGeographyFallback, out var failure)
        ?? throw failure!;

    /// <summary>
    /// <see cref="SelectByGeographyAndYear"/> returning the refusal (ambiguous geography, no matching factor) instead of
    /// throwing it.
    /// </summary>
    private PublishedFactor? TrySelectByGeographyAndYear(SnapshotIndex index, Func<PublishedFactor, bool> isCandidate, Geography geography,
        int? year, string what, List<ResolutionStep> trail, string path, bool allowGeographyFallback, out CatalogException? failure)
    {
        failure = null;
        var chain = allowGeographyFallback ? index.FallbackChain(geography) : [new GeographyFallback.Step(geography, "requested geography")];
        if (chain.FirstOrDefault(s => s.AmbiguousParts is not null) is { AmbiguousParts: { } parts } ambiguous)
        {
            // A province spanning two grids (Inner Mongolia) is ambiguous whenever the answer depends on the grid: some
            // candidate sits in a part or a part's grid region. Then even a whole-province figure is not chosen silently.
            if (parts.SelectMany(p => new[] { p.Code, p.GridRegionCode! }).Any(code => index.ActiveFactorsIn(code).Any(isCandidate)))
            {
                failure = new CatalogException(CatalogErrorCodes.AmbiguousGeography,
                    $"{path}.geography: {GeographyFallback.Describe(ambiguous.Geography)} spans two grid regions; say which part: "
                    + string.Join(" or ", parts.Select(p => $"{p.Code} ({p.NameZh}, {p.NameEn}) in {p.GridRegionCode}")) + ".",
                    $"{path}.geography");
                return null;
            }
        }
        var tried = new List<string>();
        foreach (var step in chain)
        {
            if (step.AmbiguousParts is not null)
            {
                continue;
            }
            var here = index.ActiveFactorsIn(step.Geography.Code).Where(isCandidate).ToArray();
            if (here.Length == 0)
            {
                tried.Add(step.Geography.Code);
                continue;
            }
            var notAfter = year is null ? here : here.Where(c => c.ReferenceYear <= year).ToArray();
            if (notAfter.Length == 0)
            {
                tried.Add($"{step.Geography.Code} (only years after {year})");
                continue;
            }
            if (step.Geography.Code != geography.Code)
            {
                trail.Add(new("GEOGRAPHY_FALLBACK",
                    $"No {what} for {string.Join(", ", tried)}; used the {step.Reason} {GeographyFallback.Describe(step.Geography)}."));
            }
            var bestYear = notAfter.Max(c => c.ReferenceYear);
            if (year is not null && bestYear != year)
            {
                trail.Add(new("YEAR_FALLBACK", $"No {what} for {step.Geography.Code} in {year}; used the nearest earlier reference year {bestYear}."));
            }
            var tied = notAfter.Where(c => c.ReferenceYear == bestYear).ToList();
            tied.Sort(TieBreak);
            var chosen = tied[0];
            trail.Add(new("MATCH", $"Chose {chosen.Code} (version {chosen.Version.VersionNumber}) for {step.Geography.Code}, {bestYear}."));
            if (tied.Count > 1)
            {
                trail.Add(new("TIE_BREAK",
                    $"{tied.Count} candidates: {string.Join(", ", tied.Select(t => t.Code))}; ordered by grade (better first), then value (higher first), then code."));
            }
            return chosen;
        }
        failure = new CatalogException(CatalogErrorCodes.NoMatchingFactor,
            $"{path}: no {what} for {string.Join(", ", chain.Where(s => s.AmbiguousParts is null).Select(s => s.Geography.Code))}"
            + (year is null ? "" : $" up to {year}") + $" in snapshot {index.Snapshot.Label}.", path);
        return null;
    }

    private int TieBreak(PublishedFactor a, PublishedFactor b)
    {
        var ga = a.Version.GradeLevel ?? short.MaxValue;
        var gb = b.Version.GradeLevel ?? short.MaxValue;
        if (ga != gb)
        {
            return ga.CompareTo(gb);
        }
        // Values the caller may not see take no part (they would otherwise leak through the order).
        var va = access.CanSeeValues(a, null) ? a.Version.Value : (decimal?)null;
        var vb = access.CanSeeValues(b, null) ? b.Version.Value : (decimal?)null;
        if (va != vb)
        {
            return va is null ? 1 : vb is null ? -1 : vb.Value.CompareTo(va.Value);
        }
        return string.CompareOrdinal(a.Code, b.Code);
    }

    private static string Describe(FactorRequest r)
    {
        var parts = new List<string>();
        if (r.Kind is { } k) parts.Add(DbText.Of(k));
        parts.Add("factors");
        if (r.Category is not null) parts.Add($"in category {r.Category}");
        if (r.GasCoverage is { } g) parts.Add($"of gas coverage {DbText.Of(g)}");
        if (r.SystemBoundary is { } b) parts.Add($"with boundary {DbText.Of(b)}");
        return string.Join(' ', parts);
    }
}
