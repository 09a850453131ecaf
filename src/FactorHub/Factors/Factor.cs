namespace FactorHub.Factors;

/// <summary>
/// One background datum for one reference year. <see cref="Code"/> ends in the year and factors that
/// differ only by year share <see cref="SeriesCode"/> (year fallback picks among them).
/// </summary>
public sealed class Factor
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string SeriesCode { get; set; }
    public short ReferenceYear { get; set; }
    public FactorKind Kind { get; set; }
    public required string CategoryCode { get; set; }
    public required string GeographyCode { get; set; }
    public required string UnitCode { get; set; }
    public Guid ProviderId { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public string[] Synonyms { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public List<FactorVersion> Versions { get; set; } = [];

    /// <summary>Composes a factor code from its series code and reference year.</summary>
    public static string CodeFor(string seriesCode, int referenceYear) => $"{seriesCode}.{referenceYear:D4}";
}

public enum FactorKind
{
    Material,
    EnergyCarrier,
    GridElectricity,
    Component,
    Transport,
    EndOfLife,
}
