namespace FactorHub.Factors;

/// <summary>
/// A factor version as a published snapshot holds it: immutable, with the database-derived DQR. Values are
/// raw here; whether a caller may see them is decided by <see cref="FactorValueAccess"/> alone.
/// </summary>
public sealed record PublishedVersion
{
    public required Guid Id { get; init; }
    public required Guid FactorId { get; init; }
    public required int VersionNumber { get; init; }
    public required decimal Value { get; init; }
    public decimal? Co2Fossil { get; init; }
    public decimal? Co2Biogenic { get; init; }
    public decimal? Ch4 { get; init; }
    public decimal? N2o { get; init; }
    public decimal? OtherGhg { get; init; }
    public required GasCoverage GasCoverage { get; init; }
    public GwpSet? GwpSet { get; init; }
    public required SystemBoundary SystemBoundary { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public string? Technology { get; init; }
    public string? Method { get; init; }
    public IReadOnlyList<string> Standards { get; init; } = [];
    public required SourceType SourceType { get; init; }
    public required string SourceCitation { get; init; }
    public string? SourceUrl { get; init; }
    public string? Note { get; init; }
    public short? DqTechnological { get; init; }
    public short? DqGeographical { get; init; }
    public short? DqTemporal { get; init; }
    public short? DqPrecision { get; init; }
    public decimal? Dqr { get; init; }
    public DqrClass? DqrClass { get; init; }
    public UncertaintyDistribution? UncertaintyDistribution { get; init; }
    public decimal? UncertaintyLower { get; init; }
    public decimal? UncertaintyUpper { get; init; }
    public short? GradeLevel { get; init; }
    public required AccessLevel AccessLevel { get; init; }
    public ElectricityModel? ElectricityModel { get; init; }
    public ElectricitySource? ElectricitySource { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
}
