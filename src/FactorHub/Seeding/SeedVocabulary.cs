namespace FactorHub.Seeding;

/// <summary>
/// The closed vocabularies of the schema's CHECK constraints (migrations/0001_initial.sql), checked before
/// any write so that a bad cell is reported with its line and column rather than as a constraint name.
/// </summary>
internal static class SeedVocabulary
{
    public static readonly IReadOnlySet<string> OrganisationKinds = Set("research_institute", "industry_association",
        "university", "enterprise", "verification_body", "battery_maker", "government_agency", "database_operator");

    public static readonly IReadOnlySet<string> UnitDimensions = Set("mass", "energy", "mass_distance", "count",
        "distance", "area", "volume", "power_capacity");

    public static readonly IReadOnlySet<string> GeographyKinds = Set("global", "region", "country", "province",
        "province_part", "grid_region");

    public static readonly IReadOnlySet<string> FactorKinds = Set("material", "energy_carrier", "grid_electricity",
        "component", "transport", "end_of_life");

    public static readonly IReadOnlySet<string> GasCoverages = Set("co2", "co2e");

    public static readonly IReadOnlySet<string> GwpSets = Set("AR5", "AR6");

    public static readonly IReadOnlySet<string> SystemBoundaries = Set("direct_combustion", "gate_to_gate",
        "cradle_to_gate", "cradle_to_grave", "life_cycle");

    public static readonly IReadOnlySet<string> SourceTypes = Set("measured", "industry_average", "official_statistic",
        "literature", "modelled", "synthetic");

    public static readonly IReadOnlySet<string> AccessLevels = Set("public", "registered", "compute_only");

    public static readonly IReadOnlySet<string> ElectricityModels = Set("physical_direct", "specific_supply",
        "regional_grid", "provincial_grid", "national_average", "national_residual", "national_fossil", "reporting_rule");

    public static readonly IReadOnlySet<string> ElectricitySources = Set("wind", "pv", "hydro", "nuclear", "biomass",
        "coal", "gas", "mixed");

    public static readonly IReadOnlySet<string> UncertaintyDistributions = Set("normal", "lognormal", "triangular", "uniform");

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
