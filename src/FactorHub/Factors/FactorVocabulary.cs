using FactorHub.Data;

namespace FactorHub.Factors;

// The closed vocabularies of a factor version. Database text is snake_case of the member name
// unless DbValue says otherwise; the CHECK constraints in migrations/0001_initial.sql list the same values.

public enum VersionStatus { Draft, Submitted, Accepted, Rejected }

/// <summary>CO2 only, or CO2-equivalent (then with its GWP set).</summary>
public enum GasCoverage { Co2, Co2e }

public enum GwpSet
{
    [DbValue("AR5")] Ar5,
    [DbValue("AR6")] Ar6,
}

/// <summary>What the value covers, kept apart from <see cref="GasCoverage"/>: combustion-only vs life cycle …</summary>
public enum SystemBoundary { DirectCombustion, GateToGate, CradleToGate, CradleToGrave, LifeCycle }

public enum SourceType { Measured, IndustryAverage, OfficialStatistic, Literature, Modelled, Synthetic }

public enum DqrClass { Excellent, VeryGood, Good, Fair, Poor }

public enum UncertaintyDistribution { Normal, Lognormal, Triangular, Uniform }

/// <summary>Who may see the value: anyone, any signed-in caller, or nobody (used server-side only).</summary>
public enum AccessLevel { Public, Registered, ComputeOnly }

/// <summary>The electricity accounting model a grid or source factor serves.</summary>
public enum ElectricityModel
{
    PhysicalDirect,
    SpecificSupply,
    RegionalGrid,
    ProvincialGrid,
    NationalAverage,
    /// <summary>National factor excluding market-traded non-fossil electricity (for the uncovered share under specific supply).</summary>
    NationalResidual,
    NationalFossil,
    ReportingRule,
}

public enum ElectricitySource
{
    Wind,
    [DbValue("pv")] Pv,
    Hydro,
    Nuclear,
    Biomass,
    Coal,
    Gas,
    Mixed,
}

public enum VersionEventKind { Withdrawn, Superseded, Reinstated }
