namespace FactorHub.Catalog;

/// <summary>
/// GLO, a region (EU), an ISO 3166-1 country, an ISO 3166-2 province, a province part (Inner Mongolia
/// spans two grids, so it has one part per grid), or one of the seven MEE grid regions.
/// </summary>
public sealed class Geography
{
    public required string Code { get; set; }
    public GeographyKind Kind { get; set; }
    public string? ParentCode { get; set; }
    /// <summary>The grid region a province or province part belongs to; null for a province that spans two grids.</summary>
    public string? GridRegionCode { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
}

public enum GeographyKind
{
    Global,
    Region,
    Country,
    Province,
    ProvincePart,
    GridRegion,
}
