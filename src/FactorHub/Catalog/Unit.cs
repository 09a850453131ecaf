namespace FactorHub.Catalog;

/// <summary>
/// A declared unit with an exact, rational conversion to its dimension's base unit:
/// 1 unit = <see cref="ToBaseNumerator"/> / <see cref="ToBaseDenominator"/> base units.
/// </summary>
public sealed class Unit
{
    public required string Code { get; set; }
    public UnitDimension Dimension { get; set; }
    public required string Symbol { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public decimal ToBaseNumerator { get; set; }
    public decimal ToBaseDenominator { get; set; } = 1;
    public bool IsBase { get; set; }
}

public enum UnitDimension
{
    Mass,
    Energy,
    MassDistance,
    Count,
    Distance,
    Area,
    Volume,
    PowerCapacity,
}
