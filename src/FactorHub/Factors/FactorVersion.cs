namespace FactorHub.Factors;

/// <summary>
/// A correction or update of a factor's datum, numbered per factor. Values are decimals (never binary
/// floating point). Once the version is in a published snapshot the database refuses any change;
/// lifecycle events are recorded beside it in <see cref="FactorVersionEvent"/>.
/// </summary>
public sealed class FactorVersion
{
    public Guid Id { get; set; }
    public Guid FactorId { get; set; }
    public Factor? Factor { get; set; }
    public int VersionNumber { get; set; }
    public VersionStatus Status { get; set; }

    /// <summary>kgCO2e (or kgCO2, see <see cref="GasCoverage"/>) per declared unit of the factor.</summary>
    public decimal Value { get; set; }
    public decimal? Co2Fossil { get; set; }
    public decimal? Co2Biogenic { get; set; }
    public decimal? Ch4 { get; set; }
    public decimal? N2o { get; set; }
    public decimal? OtherGhg { get; set; }
    public GasCoverage GasCoverage { get; set; }
    public GwpSet? GwpSet { get; set; }
    public SystemBoundary SystemBoundary { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Technology { get; set; }
    public string? Method { get; set; }
    public string[] Standards { get; set; } = [];
    public SourceType SourceType { get; set; }
    public required string SourceCitation { get; set; }
    public string? SourceUrl { get; set; }
    public string? Note { get; set; }

    // EU Environmental Footprint data-quality scores (1 best … 5 worst), null where the source gives none.
    public short? DqTechnological { get; set; }
    public short? DqGeographical { get; set; }
    public short? DqTemporal { get; set; }
    public short? DqPrecision { get; set; }
    /// <summary>Derived by the database (mean of the four scores); null unless all four are present.</summary>
    public decimal? Dqr { get; private set; }
    /// <summary>Derived by the database from <see cref="Dqr"/>.</summary>
    public DqrClass? DqrClass { get; private set; }

    public UncertaintyDistribution? UncertaintyDistribution { get; set; }
    public decimal? UncertaintyLower { get; set; }
    public decimal? UncertaintyUpper { get; set; }

    public short? GradeLevel { get; set; }
    public AccessLevel AccessLevel { get; set; }
    public ElectricityModel? ElectricityModel { get; set; }
    public ElectricitySource? ElectricitySource { get; set; }

    public Guid? SubmissionId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? AcceptedBy { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The EF DQR rule computed in C# for versions not yet saved (the database remains the source of truth).</summary>
    public static decimal? ComputeDqr(short? technological, short? geographical, short? temporal, short? precision) =>
        technological is { } t && geographical is { } g && temporal is { } ti && precision is { } p
            ? Math.Round((t + g + ti + p) / 4m, 2, MidpointRounding.AwayFromZero)
            : null;
}
