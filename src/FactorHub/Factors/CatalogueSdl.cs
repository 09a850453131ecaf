using FactorHub.GraphQL.Relay;

namespace FactorHub.Factors;

/// <summary>
/// The factor catalogue's part of the GraphQL schema (issue 4): browse, search, resolve, electricity models and the
/// reference data, all pinned to published snapshots. Other features extend these types.
/// </summary>
public static class CatalogueSdl
{
    /// <summary>
    /// Types every feature uses that the catalogue (the first feature) declares: the custom scalars (their coercion is
    /// the engine's) and the Relay <c>Node</c> interface. Later features use them, they do not declare them again.
    /// </summary>
    public const string SharedTypeDefs = """
        "An exact decimal number, written in JSON as a number with its exact digits (e.g. 0.5703); input also accepts a string."
        scalar Decimal
        "An RFC 3339 date-time with offset, e.g. 2026-01-01T00:00:00Z."
        scalar DateTime
        "A calendar date, yyyy-MM-dd."
        scalar Date
        """;

    public const string TypeDefs = """
        extend type Query {
          "A factor by code as a published snapshot holds it (default: the latest published snapshot); error FACTOR_NOT_FOUND when that snapshot has no such factor."
          factor(code: String!, snapshot: String): Factor
          "Factors of a published snapshot (default: the latest), filtered and ordered. Page size: 20 by default, at most 100."
          factors(where: FactorFilterInput, order: [FactorSortInput!], first: Int, after: String, last: Int, before: String, snapshot: String): FactorConnection
          "Factors whose codes, Chinese or English names or synonyms match the text, best first: exact code, then prefix, then similarity (typo-tolerant in Latin script, substrings in Chinese)."
          searchFactors(text: String!, where: FactorFilterInput, first: Int, after: String, last: Int, before: String, snapshot: String): FactorConnection
          "Chooses a factor version for each request (at most 1000), with the value in the requested unit and a trail explaining the choice. A request that cannot be resolved gets its own error; the others are answered."
          resolveFactors(requests: [FactorRequestInput!]!, snapshot: String): ResolveFactorsPayload
          "The electricity factor for a site, year and accounting model, with its components and their shares."
          electricityFactor(input: ElectricityFactorInput!, snapshot: String): ElectricityFactor
          "The category tree: its roots, each with its children."
          categories(snapshot: String): [Category!]
          "A category by code."
          category(code: String!, snapshot: String): Category
          "The grades (trust tiers), best first."
          grades(snapshot: String): [Grade!]
          "The units, optionally of one dimension."
          units(dimension: UnitDimension, snapshot: String): [Unit!]
          "The geographies, optionally of one kind."
          geographies(kind: GeographyKind, snapshot: String): [Geography!]
          "A geography by code."
          geography(code: String!, snapshot: String): Geography
          "The published snapshots, newest first."
          snapshots(first: Int, after: String, last: Int, before: String): SnapshotConnection
          "A published snapshot by label (YYYY.NN, or \"latest\")."
          snapshot(label: String!): Snapshot
          "Fetches an object by its opaque ID."
          node(id: ID!): Node
          "Fetches objects by their opaque IDs, in order; null for an ID that names nothing."
          nodes(ids: [ID!]!): [Node]!
        }

        "An immutable, labelled release of the catalogue. Calculation engines pin to one so a declaration can be reproduced."
        type Snapshot implements Node {
          id: ID!
          "YYYY.NN, e.g. 2026.00."
          label: String!
          cutoffAt: DateTime!
          publishedAt: DateTime!
          "The snapshot this one follows."
          previous: Snapshot
          factorCount: Int!
          "SHA-256 (hex) over the snapshot's canonical content."
          contentDigest: String!
          descriptionZh: String
          descriptionEn: String
        }

        "A background emission factor for one reference year, as one published snapshot holds it."
        type Factor implements Node {
          "Opaque; identifies this factor as this snapshot holds it."
          id: ID!
          "Stable code ending in the reference year, e.g. ELEC.GRID.CN-GRID-E.CO2.2023."
          code: String!
          "The code without the year: factors that differ only by year share it."
          seriesCode: String!
          referenceYear: Int!
          kind: FactorKind!
          nameZh: String!
          nameEn: String!
          synonyms: [String!]!
          category: Category!
          geography: Geography!
          "The declared unit: values are kgCO2e (or kgCO2) per this unit."
          unit: Unit!
          "The organisation that provides and owns the factor."
          provider: Organisation!
          "Active, or withdrawn as of this snapshot."
          state: MembershipState!
          "The version this snapshot holds."
          version: FactorVersion!
          "This snapshot's value in another unit of the same dimension (null when not disclosed to the caller)."
          valueIn(unit: String!): Decimal
          "Every version published up to this snapshot, newest first."
          versions: [FactorVersion!]!
          "The version another published snapshot holds; null when that snapshot does not hold this factor."
          versionIn(snapshot: String!): FactorVersion
          "The same datum in other reference years (this snapshot), oldest first."
          series: [Factor!]!
          "The snapshot that answered."
          snapshot: Snapshot!
        }

        "One version of a factor's datum. Numbers are null when the caller may not see them (see accessLevel)."
        type FactorVersion implements Node {
          id: ID!
          versionNumber: Int!
          "kgCO2e (or kgCO2, see gasCoverage) per the factor's unit."
          value: Decimal
          "True when the numbers of this version are withheld from the caller."
          valueWithheld: Boolean!
          unit: Unit!
          co2Fossil: Decimal
          co2Biogenic: Decimal
          ch4: Decimal
          n2o: Decimal
          otherGhg: Decimal
          gasCoverage: GasCoverage!
          gwpSet: GwpSet
          systemBoundary: SystemBoundary!
          validFrom: Date
          validTo: Date
          technology: String
          method: String
          standards: [String!]!
          sourceType: SourceType!
          sourceCitation: String!
          sourceUrl: String
          note: String
          "EU Environmental Footprint data-quality scores; null where the source gives none."
          dataQuality: DataQuality!
          uncertainty: Uncertainty
          grade: Grade
          accessLevel: AccessLevel!
          electricityModel: ElectricityModel
          electricitySource: ElectricitySource
          acceptedAt: DateTime
          "The factor, as the snapshot that answered holds it."
          factor: Factor!
          snapshot: Snapshot!
        }

        "Data-quality scores 1 (best) … 5 (worst) and the derived DQR (their mean) and class."
        type DataQuality {
          technological: Int
          geographical: Int
          temporal: Int
          precision: Int
          dqr: Decimal
          dqrClass: DqrClass
        }

        type Uncertainty {
          distribution: UncertaintyDistribution
          lower: Decimal
          upper: Decimal
        }

        "A node of the bilingual category tree. Filtering on a category includes all its descendants."
        type Category implements Node {
          id: ID!
          "Dotted path, e.g. MAT.CATHODE.LFP."
          code: String!
          nameZh: String!
          nameEn: String!
          descriptionZh: String
          descriptionEn: String
          parent: Category
          children: [Category!]!
        }

        "A trust tier (分级) of a factor version."
        type Grade implements Node {
          id: ID!
          "1 is the best."
          level: Int!
          code: String!
          nameZh: String!
          nameEn: String!
          descriptionZh: String!
          descriptionEn: String!
          eligibleSourceTypes: [SourceType!]!
          maxDqr: Decimal
          requiresVerification: Boolean!
        }

        "A unit with its exact conversion to its dimension's base unit: 1 unit = toBaseNumerator / toBaseDenominator base units."
        type Unit implements Node {
          id: ID!
          "The code used in arguments, e.g. kg, t, kWh, MWh, MJ, t.km."
          code: String!
          dimension: UnitDimension!
          symbol: String!
          nameZh: String!
          nameEn: String!
          toBaseNumerator: Decimal!
          toBaseDenominator: Decimal!
          isBase: Boolean!
        }

        "GLO, a region, an ISO 3166-1 country, an ISO 3166-2 province, a province part, or an MEE grid region."
        type Geography implements Node {
          id: ID!
          code: String!
          kind: GeographyKind!
          nameZh: String!
          nameEn: String!
          parent: Geography
          "The grid region of a province or province part; null for a province spanning two grids."
          gridRegion: Geography
          children: [Geography!]!
          "The geographies resolution falls back through, starting with this one."
          fallback: [Geography!]!
        }

        "An organisation that provides factors."
        type Organisation implements Node {
          id: ID!
          code: String!
          kind: OrganisationKind!
          nameZh: String!
          nameEn: String!
          website: String
        }

        "A connection to a list of Factor items, answered by one snapshot."
        type FactorConnection {
          edges: [FactorEdge!]
          nodes: [Factor!]
          pageInfo: PageInfo!
          "The number of factors matching, ignoring pagination."
          totalCount: Int!
          "The snapshot that answered."
          snapshot: Snapshot!
        }

        "An edge in a connection."
        type FactorEdge {
          cursor: String!
          node: Factor!
        }

        "A connection to a list of Snapshot items."
        type SnapshotConnection {
          edges: [SnapshotEdge!]
          nodes: [Snapshot!]
          pageInfo: PageInfo!
          totalCount: Int!
        }

        "An edge in a connection."
        type SnapshotEdge {
          cursor: String!
          node: Snapshot!
        }

        "One request to resolveFactors: a code, or a kind and/or category plus a geography (and a year)."
        input FactorRequestInput {
          "Your own key, echoed in the result."
          key: String
          "A factor code; when the snapshot lacks it, the same series' nearest earlier year is used."
          code: String
          kind: FactorKind
          "A category code; its descendants match too."
          category: String
          "Where the activity happens; falls back province → grid region → national → global."
          geography: String
          "The activity's year; falls back to the nearest earlier reference year."
          year: Int
          "The unit to give the value in (default: the factor's declared unit)."
          unit: String
          gasCoverage: GasCoverage
          systemBoundary: SystemBoundary
        }

        type ResolveFactorsPayload {
          "One result per request, in request order."
          results: [FactorResolution!]!
          snapshot: Snapshot!
        }

        type FactorResolution {
          "Position of the request."
          index: Int!
          key: String
          factor: Factor
          version: FactorVersion
          "The chosen version's value in unit (null on error or when not disclosed to the caller)."
          value: Decimal
          unit: Unit
          "Why this factor: fallbacks, tie-break, conversion."
          trail: [ResolutionStep!]!
          error: ResolutionError
          snapshot: Snapshot!
        }

        type ResolutionStep {
          kind: ResolutionStepKind!
          message: String!
        }

        enum ResolutionStepKind {
          CODE
          MATCH
          GEOGRAPHY_FALLBACK
          YEAR_FALLBACK
          TIE_BREAK
          UNIT_CONVERSION
          VALUE_WITHHELD
          BLEND
        }

        "Why one request could not be resolved; code is one of the documented extensions.code values."
        type ResolutionError {
          code: String!
          message: String!
          "The input the error is about, e.g. requests[3].unit."
          field: String
        }

        input ElectricityFactorInput {
          "Province, province part or grid region of the consuming site, e.g. CN-JS, CN-NM-W, CN-GRID-E."
          site: String!
          year: Int!
          model: ElectricityAccountingModel!
          "The coverage of the answer; components of another coverage are never substituted."
          gasCoverage: GasCoverage!
          "PHYSICAL_DIRECT: the connected source."
          source: ElectricitySource
          "SPECIFIC_SUPPLY: the share of the supply covered by green certificates, 0 to 100."
          certificateSharePercent: Decimal
          "SPECIFIC_SUPPLY: the source the certificates were issued for."
          certificateSource: ElectricitySource
          "SPECIFIC_SUPPLY: a supplier-specific factor for the certificated electricity (instead of the generic source factor)."
          supplierFactorCode: String
          "An energy unit for the answer (default kWh)."
          unit: String
        }

        enum ElectricityAccountingModel {
          "物理直连: the factor of the directly connected source."
          PHYSICAL_DIRECT
          "特定供电: certificate-covered share × certificate source factor + rest × national residual factor."
          SPECIFIC_SUPPLY
          "The site's MEE grid region factor."
          REGIONAL_GRID
          "The national average factor."
          NATIONAL_AVERAGE
        }

        type ElectricityFactor {
          model: ElectricityAccountingModel!
          site: Geography!
          year: Int!
          "Every component has this coverage."
          gasCoverage: GasCoverage!
          "The blended factor per unit; null when a component is not disclosed to the caller."
          value: Decimal
          unit: Unit!
          components: [ElectricityComponent!]!
          trail: [ResolutionStep!]!
          snapshot: Snapshot!
        }

        type ElectricityComponent {
          role: ElectricityComponentRole!
          sharePercent: Decimal!
          factor: Factor!
          "The component's factor in the answer's unit (null when not disclosed)."
          value: Decimal
        }

        enum ElectricityComponentRole { CONNECTED_SOURCE CERTIFICATE_COVERED RESIDUAL GRID NATIONAL }

        enum MembershipState { ACTIVE WITHDRAWN }
        enum FactorKind { MATERIAL ENERGY_CARRIER GRID_ELECTRICITY COMPONENT TRANSPORT END_OF_LIFE }
        enum GasCoverage { "CO2 only." CO2 "CO2-equivalent (see gwpSet)." CO2E }
        enum GwpSet { AR5 AR6 }
        enum SystemBoundary { DIRECT_COMBUSTION GATE_TO_GATE CRADLE_TO_GATE CRADLE_TO_GRAVE LIFE_CYCLE }
        enum SourceType { MEASURED INDUSTRY_AVERAGE OFFICIAL_STATISTIC LITERATURE MODELLED SYNTHETIC }
        enum DqrClass { EXCELLENT VERY_GOOD GOOD FAIR POOR }
        enum UncertaintyDistribution { NORMAL LOGNORMAL TRIANGULAR UNIFORM }
        "Who may see a version's numbers: anyone, any signed-in caller, or nobody (used server-side only)."
        enum AccessLevel { PUBLIC REGISTERED COMPUTE_ONLY }
        enum ElectricityModel { PHYSICAL_DIRECT SPECIFIC_SUPPLY REGIONAL_GRID PROVINCIAL_GRID NATIONAL_AVERAGE NATIONAL_RESIDUAL NATIONAL_FOSSIL REPORTING_RULE }
        enum ElectricitySource { WIND PV HYDRO NUCLEAR BIOMASS COAL GAS MIXED }
        enum UnitDimension { MASS ENERGY MASS_DISTANCE COUNT DISTANCE AREA VOLUME POWER_CAPACITY }
        enum GeographyKind { GLOBAL REGION COUNTRY PROVINCE PROVINCE_PART GRID_REGION }
        enum OrganisationKind { RESEARCH_INSTITUTE INDUSTRY_ASSOCIATION UNIVERSITY ENTERPRISE VERIFICATION_BODY BATTERY_MAKER GOVERNMENT_AGENCY DATABASE_OPERATOR }
        enum SortEnumType { ASC DESC }

        "Filters in the HotChocolate style: the fields given all apply; and/or combine nested filters. A value not disclosed to the caller counts as null."
        input FactorFilterInput {
          and: [FactorFilterInput!]
          or: [FactorFilterInput!]
          code: StringOperationFilterInput
          seriesCode: StringOperationFilterInput
          nameZh: StringOperationFilterInput
          nameEn: StringOperationFilterInput
          kind: FactorKindOperationFilterInput
          "Matches the category and all its descendants."
          category: CategoryOperationFilterInput
          "Geography code."
          geography: StringOperationFilterInput
          "Grade level (1 best)."
          grade: IntOperationFilterInput
          gasCoverage: GasCoverageOperationFilterInput
          systemBoundary: SystemBoundaryOperationFilterInput
          referenceYear: IntOperationFilterInput
          value: DecimalOperationFilterInput
          "Unit code."
          unit: StringOperationFilterInput
          unitDimension: UnitDimensionOperationFilterInput
          "Provider organisation code."
          provider: StringOperationFilterInput
          electricityModel: ElectricityModelOperationFilterInput
          electricitySource: ElectricitySourceOperationFilterInput
          accessLevel: AccessLevelOperationFilterInput
        }

        "Ordinal (case-sensitive) string operations."
        input StringOperationFilterInput {
          eq: String
          neq: String
          in: [String]
          nin: [String]
          contains: String
          ncontains: String
          startsWith: String
          nstartsWith: String
          endsWith: String
          nendsWith: String
        }

        input IntOperationFilterInput {
          eq: Int
          neq: Int
          in: [Int]
          nin: [Int]
          gt: Int
          ngt: Int
          gte: Int
          ngte: Int
          lt: Int
          nlt: Int
          lte: Int
          nlte: Int
        }

        input DecimalOperationFilterInput {
          eq: Decimal
          neq: Decimal
          in: [Decimal]
          nin: [Decimal]
          gt: Decimal
          ngt: Decimal
          gte: Decimal
          ngte: Decimal
          lt: Decimal
          nlt: Decimal
          lte: Decimal
          nlte: Decimal
        }

        "A category code; eq and in match the category and all its descendants."
        input CategoryOperationFilterInput {
          eq: String
          neq: String
          in: [String!]
          nin: [String!]
        }

        input FactorKindOperationFilterInput { eq: FactorKind neq: FactorKind in: [FactorKind!] nin: [FactorKind!] }
        input GasCoverageOperationFilterInput { eq: GasCoverage neq: GasCoverage in: [GasCoverage!] nin: [GasCoverage!] }
        input SystemBoundaryOperationFilterInput { eq: SystemBoundary neq: SystemBoundary in: [SystemBoundary!] nin: [SystemBoundary!] }
        input UnitDimensionOperationFilterInput { eq: UnitDimension neq: UnitDimension in: [UnitDimension!] nin: [UnitDimension!] }
        input ElectricityModelOperationFilterInput { eq: ElectricityModel neq: ElectricityModel in: [ElectricityModel!] nin: [ElectricityModel!] }
        input ElectricitySourceOperationFilterInput { eq: ElectricitySource neq: ElectricitySource in: [ElectricitySource!] nin: [ElectricitySource!] }
        input AccessLevelOperationFilterInput { eq: AccessLevel neq: AccessLevel in: [AccessLevel!] nin: [AccessLevel!] }

        "Sort fields, applied in list order; the code breaks remaining ties. Values not disclosed to the caller sort last."
        input FactorSortInput {
          code: SortEnumType
          seriesCode: SortEnumType
          nameZh: SortEnumType
          nameEn: SortEnumType
          kind: SortEnumType
          category: SortEnumType
          geography: SortEnumType
          grade: SortEnumType
          gasCoverage: SortEnumType
          systemBoundary: SortEnumType
          referenceYear: SortEnumType
          value: SortEnumType
          unit: SortEnumType
          unitDimension: SortEnumType
          provider: SortEnumType
        }
        """;
}
