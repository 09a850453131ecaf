using System.Security.Claims;
using FactorHub.Catalog;
using FactorHub.Data;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

/// <summary>The electricity accounting models a caller can ask <c>electricityFactor</c> for.</summary>
public enum ElectricityModelChoice { PhysicalDirect, SpecificSupply, RegionalGrid, NationalAverage }

public sealed record ElectricityFactorInput
{
    /// <summary>Province, province part or grid region of the consuming site (e.g. CN-JS, CN-NM-W, CN-GRID-E).</summary>
    public required string Site { get; init; }
    public required int Year { get; init; }
    public required ElectricityModelChoice Model { get; init; }
    public required GasCoverage GasCoverage { get; init; }
    /// <summary>Physical direct connection: the connected source.</summary>
    public ElectricitySource? Source { get; init; }
    /// <summary>Specific supply: the share (0–100 %) covered by green certificates.</summary>
    public decimal? CertificateSharePercent { get; init; }
    /// <summary>Specific supply: the source the certificates are issued for.</summary>
    public ElectricitySource? CertificateSource { get; init; }
    /// <summary>Specific supply: a supplier-specific factor for the certificated electricity, used instead of the generic source factor.</summary>
    public string? SupplierFactorCode { get; init; }
    /// <summary>Unit of the answer (energy dimension); default kWh.</summary>
    public string? Unit { get; init; }
}

/// <summary>One part of a blend: which factor, for which share, and why.</summary>
public sealed record ElectricityComponent(string Role, decimal SharePercent, PublishedFactor Factor, decimal? Value);

public sealed record ElectricityFactorResult
{
    public required ElectricityModelChoice Model { get; init; }
    public required Geography Site { get; init; }
    public required int Year { get; init; }
    public required GasCoverage GasCoverage { get; init; }
    /// <summary>The blended factor per <see cref="Unit"/>; null when a component's value may not be disclosed to the caller.</summary>
    public decimal? Value { get; init; }
    public required Unit Unit { get; init; }
    public required IReadOnlyList<ElectricityComponent> Components { get; init; }
    public required IReadOnlyList<ResolutionStep> Trail { get; init; }
    public required SnapshotInfo Snapshot { get; init; }
}

/// <summary>
/// Electricity factors under the accounting models of DESIGN.md:
/// <list type="bullet">
/// <item>physical direct connection (物理直连): the connected source's factor;</item>
/// <item>specific supply (特定供电): the certificate-covered share takes the certificate source's factor (or the
/// supplier's own factor for it), the rest takes the national factor that excludes market-traded non-fossil
/// electricity (national_residual), so green power is not counted twice;</item>
/// <item>regional grid: the site's grid region factor; national average: the site's country factor.</item>
/// </list>
/// A blend never mixes gas coverages: every component must have the asked coverage, and a model without a factor of
/// that coverage is refused, never substituted. Year: the nearest reference year not after the asked one.
/// </summary>
public sealed class ElectricityFactorCalculator(FactorResolver resolver, FactorValueAccess access)
{
    public ElectricityFactorResult Calculate(SnapshotIndex index, ElectricityFactorInput input, ClaimsPrincipal? user)
    {
        var site = index.Geographies.GetValueOrDefault(input.Site)
            ?? throw new CatalogException(CatalogErrorCodes.UnknownGeography, $"input.site: unknown geography '{input.Site}'.", "input.site");
        if (site.Kind is not (GeographyKind.Province or GeographyKind.ProvincePart or GeographyKind.GridRegion))
        {
            throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
                $"input.site: {GeographyFallback.Describe(site)} is a {DbText.Of(site.Kind)}; give a province, province part or grid region.", "input.site");
        }
        var unitCode = input.Unit ?? "kWh";
        var unit = index.Units.GetValueOrDefault(unitCode)
            ?? throw new CatalogException(CatalogErrorCodes.UnknownUnit, $"input.unit: unknown unit '{unitCode}'.", "input.unit");
        if (unit.Dimension != UnitDimension.Energy)
        {
            throw new CatalogException(CatalogErrorCodes.IncompatibleUnit,
                $"input.unit: electricity factors are per energy; '{unit.Code}' is a {DbText.Of(unit.Dimension)} unit.", "input.unit");
        }
        if (input.Model != ElectricityModelChoice.SpecificSupply
            && (input.CertificateSharePercent is not null || input.CertificateSource is not null || input.SupplierFactorCode is not null))
        {
            throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
                "input: certificateSharePercent, certificateSource and supplierFactorCode apply to the SPECIFIC_SUPPLY model only.", "input");
        }
        if (input.Model != ElectricityModelChoice.PhysicalDirect && input.Source is not null)
        {
            throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput, "input.source applies to the PHYSICAL_DIRECT model only.", "input.source");
        }

        var trail = new List<ResolutionStep>();
        var parts = new List<(string Role, decimal Share, PublishedFactor Factor)>();
        switch (input.Model)
        {
            case ElectricityModelChoice.PhysicalDirect:
                {
                    var source = input.Source ?? throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
                        "input.source: the PHYSICAL_DIRECT model needs the connected source (e.g. PV, WIND, HYDRO).", "input.source");
                    parts.Add(("CONNECTED_SOURCE", 100m, SourceFactor(index, site, input, source, trail, "input.source")));
                    break;
                }
            case ElectricityModelChoice.SpecificSupply:
                {
                    var share = input.CertificateSharePercent ?? throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
                        "input.certificateSharePercent: the SPECIFIC_SUPPLY model needs the share covered by green certificates (0–100).", "input.certificateSharePercent");
                    if (share < 0m || share > 100m)
                    {
                        throw new CatalogException(CatalogErrorCodes.InvalidCertificateShare,
                            $"input.certificateSharePercent: {share} % is not a share; green certificates cover between 0 and 100 % of the supply.", "input.certificateSharePercent");
                    }
                    if (share > 0m)
                    {
                        PublishedFactor covered;
                        if (input.SupplierFactorCode is { } code)
                        {
                            covered = index.FindByCode(code) is { IsActive: true } supplier
                                ? supplier
                                : throw new CatalogException(CatalogErrorCodes.FactorNotFound,
                                    $"input.supplierFactorCode: no factor '{code}' in snapshot {index.Snapshot.Label}.", "input.supplierFactorCode");
                            if (covered.Unit.Dimension != UnitDimension.Energy || covered.Kind is not (FactorKind.GridElectricity or FactorKind.EnergyCarrier))
                            {
                                throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
                                    $"input.supplierFactorCode: {code} is not an electricity factor per energy.", "input.supplierFactorCode");
                            }
                            RequireCoverage(covered, input.GasCoverage, "the supplier's factor", "input.supplierFactorCode");
                            trail.Add(new("MATCH", $"Certificate-covered share ({share} %): the supplier's factor {covered.Code}."));
                        }
                        else
                        {
                            var source = input.CertificateSource ?? throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
                                "input.certificateSource: give the source of the green certificates (or supplierFactorCode).", "input.certificateSource");
                            covered = SourceFactor(index, site, input, source, trail, "input.certificateSource");
                        }
                        parts.Add(("CERTIFICATE_COVERED", share, covered));
                    }
                    if (share < 100m)
                    {
                        var country = CountryOf(index, site);
                        var residual = Pick(index, country, input, f => f.Version.ElectricityModel == ElectricityModel.NationalResidual,
                            "national residual electricity factor (excluding market-traded non-fossil electricity)", trail, "input", geographyFallback: false);
                        parts.Add(("RESIDUAL", 100m - share, residual));
                    }
                    break;
                }
            case ElectricityModelChoice.RegionalGrid:
                {
                    var grid = GridRegionOf(index, site);
                    parts.Add(("GRID", 100m, Pick(index, grid, input, f => f.Version.ElectricityModel == ElectricityModel.RegionalGrid,
                        "regional grid factor", trail, "input.site", geographyFallback: false)));
                    break;
                }
            case ElectricityModelChoice.NationalAverage:
                {
                    var country = CountryOf(index, site);
                    parts.Add(("NATIONAL", 100m, Pick(index, country, input, f => f.Version.ElectricityModel == ElectricityModel.NationalAverage,
                        "national average electricity factor", trail, "input", geographyFallback: false)));
                    break;
                }
        }

        var components = new List<ElectricityComponent>();
        decimal? blended = 0m;
        foreach (var (role, share, factor) in parts)
        {
            decimal? value = null;
            if (access.CanSeeValues(factor, user))
            {
                value = index.ValueIn(factor, factor.Version, unit);
            }
            components.Add(new ElectricityComponent(role, share, factor, value));
            // A blend including a value the caller may not see is itself withheld: it would reveal that value.
            blended = value is null || blended is null ? null : blended + value.Value * share / 100m;
        }
        if (blended is null)
        {
            trail.Add(new("VALUE_WITHHELD", "A component's value is not disclosed to this caller, so neither is the blend."));
        }
        else if (parts.Count > 1)
        {
            trail.Add(new("BLEND", string.Join(" + ", components.Select(c => $"{c.SharePercent} % × {c.Factor.Code}"))
                + $", all {DbText.Of(input.GasCoverage)}."));
        }
        return new ElectricityFactorResult
        {
            Model = input.Model, Site = site, Year = input.Year, GasCoverage = input.GasCoverage, Value = blended,
            Unit = unit, Components = components, Trail = trail, Snapshot = index.Snapshot,
        };
    }

    private PublishedFactor SourceFactor(SnapshotIndex index, Geography site, ElectricityFactorInput input, ElectricitySource source,
        List<ResolutionStep> trail, string field) =>
        Pick(index, site, input, f => f.Version.ElectricityModel == ElectricityModel.PhysicalDirect && f.Version.ElectricitySource == source,
            $"{DbText.Of(source)} source factor", trail, field, geographyFallback: true);

    /// <summary>Candidates of the asked coverage only; when the model has factors of another coverage only, says so.</summary>
    private PublishedFactor Pick(SnapshotIndex index, Geography geography, ElectricityFactorInput input, Func<PublishedFactor, bool> model,
        string what, List<ResolutionStep> trail, string field, bool geographyFallback)
    {
        bool OfModel(PublishedFactor f) => f.Unit.Dimension == UnitDimension.Energy && model(f);
        var coverage = DbText.Of(input.GasCoverage);
        if (!index.ActiveFactors.Any(f => OfModel(f) && f.Version.GasCoverage == input.GasCoverage)
            && index.ActiveFactors.Where(OfModel).Select(f => DbText.Of(f.Version.GasCoverage)).Distinct().Order(StringComparer.Ordinal).ToArray() is { Length: > 0 } available)
        {
            throw new CatalogException(CatalogErrorCodes.NoFactorForCoverage,
                $"{field}: no {what} with gas coverage {coverage} in snapshot {index.Snapshot.Label} (available: {string.Join(", ", available)}); coverages are never mixed or substituted.", field);
        }
        return resolver.SelectByGeographyAndYear(index, f => OfModel(f) && f.Version.GasCoverage == input.GasCoverage, geography, input.Year,
            $"{what} ({coverage})", trail, field, geographyFallback);
    }

    private static void RequireCoverage(PublishedFactor factor, GasCoverage coverage, string what, string field)
    {
        if (factor.Version.GasCoverage != coverage)
        {
            throw new CatalogException(CatalogErrorCodes.NoFactorForCoverage,
                $"{field}: {what} {factor.Code} has gas coverage {DbText.Of(factor.Version.GasCoverage)}, not {DbText.Of(coverage)}; coverages are never mixed.", field);
        }
    }

    private static Geography GridRegionOf(SnapshotIndex index, Geography site)
    {
        if (site.Kind == GeographyKind.GridRegion)
        {
            return site;
        }
        var step = index.FallbackChain(site).FirstOrDefault(s => s.AmbiguousParts is not null || s.Geography.Kind == GeographyKind.GridRegion);
        if (step?.AmbiguousParts is { } parts)
        {
            throw new CatalogException(CatalogErrorCodes.AmbiguousGeography,
                $"input.site: {GeographyFallback.Describe(site)} spans two grid regions; say which part: "
                + string.Join(" or ", parts.Select(p => $"{p.Code} ({p.NameZh}, {p.NameEn}) in {p.GridRegionCode}")) + ".", "input.site");
        }
        return step?.Geography ?? throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput,
            $"input.site: {GeographyFallback.Describe(site)} has no grid region.", "input.site");
    }

    private static Geography CountryOf(SnapshotIndex index, Geography site)
    {
        for (var g = site; g is not null; g = g.ParentCode is { } p ? index.Geographies.GetValueOrDefault(p) : null)
        {
            if (g.Kind == GeographyKind.Country)
            {
                return g;
            }
        }
        throw new CatalogException(CatalogErrorCodes.InvalidElectricityInput, $"input.site: {GeographyFallback.Describe(site)} is in no country.", "input.site");
    }
}
