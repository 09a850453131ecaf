using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary>
/// A <c>factors-*.csv</c> file → <c>factors</c> + <c>factor_versions</c>: one row is one factor with its first
/// version (version 1, accepted). Besides types and references it enforces the source rules of
/// shared/reference/factor-figures.md (uncertain → grade 3; synthetic → the demo provider) and the grade rules.
/// </summary>
internal sealed partial class FactorsSeedTable : SeedTable<FactorsSeedTable.SeedFactor>
{
    /// <summary>The only organisation allowed to provide synthetic example factors.</summary>
    public const string DemoProviderCode = "FH-DEMO";

    public const string SyntheticNote = "synthetic example, not a real factor";

    public const string Actor = "seed";

    internal sealed record SeedFactor(
        Guid Id, string Code, string SeriesCode, short ReferenceYear, string Kind, string CategoryCode,
        string GeographyCode, string UnitCode, Guid ProviderId, string NameZh, string NameEn, string[] Synonyms,
        Guid VersionId, decimal Value, decimal? Co2Fossil, decimal? Co2Biogenic, decimal? Ch4, decimal? N2o, decimal? OtherGhg,
        string GasCoverage, string? GwpSet, string SystemBoundary, DateOnly? ValidFrom, DateOnly? ValidTo, string? Technology,
        string? Method, string[] Standards, string SourceType, string SourceCitation, string? SourceUrl, string? Note,
        short? DqTechnological, short? DqGeographical, short? DqTemporal, short? DqPrecision,
        string? UncertaintyDistribution, decimal? UncertaintyLower, decimal? UncertaintyUpper, short GradeLevel,
        string AccessLevel, string? ElectricityModel, string? ElectricitySource);

    private static readonly SeedColumn<SeedFactor>[] FactorColumns =
    [
        new("id", NpgsqlDbType.Uuid, f => f.Id),
        new("code", NpgsqlDbType.Text, f => f.Code),
        new("series_code", NpgsqlDbType.Text, f => f.SeriesCode),
        new("reference_year", NpgsqlDbType.Smallint, f => f.ReferenceYear),
        new("kind", NpgsqlDbType.Text, f => f.Kind),
        new("category_code", NpgsqlDbType.Text, f => f.CategoryCode),
        new("geography_code", NpgsqlDbType.Text, f => f.GeographyCode),
        new("unit_code", NpgsqlDbType.Text, f => f.UnitCode),
        new("provider_id", NpgsqlDbType.Uuid, f => f.ProviderId),
        new("name_zh", NpgsqlDbType.Text, f => f.NameZh),
        new("name_en", NpgsqlDbType.Text, f => f.NameEn),
        new("synonyms", NpgsqlDbType.Array | NpgsqlDbType.Text, f => f.Synonyms),
        new("created_at", NpgsqlDbType.TimestampTz, _ => SeedLoader.SeedTimestamp),
    ];

    /// <summary>What a factor means; fixed by the database once any version is published.</summary>
    private static readonly string[] FactorIdentity = ["series_code", "reference_year", "kind", "geography_code", "unit_code", "provider_id"];

    // Content only: an existing factor keeps its id and created_at.
    private static readonly SeedColumn<SeedFactor>[] FactorContent = FactorColumns[2..12];

    private static readonly SeedColumn<SeedFactor>[] VersionContent =
    [
        new("value", NpgsqlDbType.Numeric, f => f.Value),
        new("co2_fossil", NpgsqlDbType.Numeric, f => f.Co2Fossil),
        new("co2_biogenic", NpgsqlDbType.Numeric, f => f.Co2Biogenic),
        new("ch4", NpgsqlDbType.Numeric, f => f.Ch4),
        new("n2o", NpgsqlDbType.Numeric, f => f.N2o),
        new("other_ghg", NpgsqlDbType.Numeric, f => f.OtherGhg),
        new("gas_coverage", NpgsqlDbType.Text, f => f.GasCoverage),
        new("gwp_set", NpgsqlDbType.Text, f => f.GwpSet),
        new("system_boundary", NpgsqlDbType.Text, f => f.SystemBoundary),
        new("valid_from", NpgsqlDbType.Date, f => f.ValidFrom),
        new("valid_to", NpgsqlDbType.Date, f => f.ValidTo),
        new("technology", NpgsqlDbType.Text, f => f.Technology),
        new("method", NpgsqlDbType.Text, f => f.Method),
        new("standards", NpgsqlDbType.Array | NpgsqlDbType.Text, f => f.Standards),
        new("source_type", NpgsqlDbType.Text, f => f.SourceType),
        new("source_citation", NpgsqlDbType.Text, f => f.SourceCitation),
        new("source_url", NpgsqlDbType.Text, f => f.SourceUrl),
        new("note", NpgsqlDbType.Text, f => f.Note),
        new("dq_technological", NpgsqlDbType.Smallint, f => f.DqTechnological),
        new("dq_geographical", NpgsqlDbType.Smallint, f => f.DqGeographical),
        new("dq_temporal", NpgsqlDbType.Smallint, f => f.DqTemporal),
        new("dq_precision", NpgsqlDbType.Smallint, f => f.DqPrecision),
        new("uncertainty_distribution", NpgsqlDbType.Text, f => f.UncertaintyDistribution),
        new("uncertainty_lower", NpgsqlDbType.Numeric, f => f.UncertaintyLower),
        new("uncertainty_upper", NpgsqlDbType.Numeric, f => f.UncertaintyUpper),
        new("grade_level", NpgsqlDbType.Smallint, f => f.GradeLevel),
        new("access_level", NpgsqlDbType.Text, f => f.AccessLevel),
        new("electricity_model", NpgsqlDbType.Text, f => f.ElectricityModel),
        new("electricity_source", NpgsqlDbType.Text, f => f.ElectricitySource),
    ];

    private static readonly SeedColumn<SeedFactor>[] VersionColumns =
    [
        new("id", NpgsqlDbType.Uuid, f => f.VersionId),
        new("factor_id", NpgsqlDbType.Uuid, f => f.Id),
        new("version_number", NpgsqlDbType.Integer, _ => 1),
        new("status", NpgsqlDbType.Text, _ => "accepted"),
        .. VersionContent,
        new("created_by", NpgsqlDbType.Text, _ => Actor),
        new("created_at", NpgsqlDbType.TimestampTz, _ => SeedLoader.SeedTimestamp),
        new("accepted_by", NpgsqlDbType.Text, _ => Actor),
        new("accepted_at", NpgsqlDbType.TimestampTz, _ => SeedLoader.SeedTimestamp),
    ];

    private static readonly string FactorUpsertSql = SeedUpsert.Sql("factors", "code", FactorColumns, FactorContent);

    // Provenance (created_*, accepted_*) is written once; a re-seed compares and updates content only, so an
    // equal published version is never touched (and never trips the immutability trigger).
    private static readonly string VersionUpsertSql =
        SeedUpsert.Sql("factor_versions", "factor_id, version_number", VersionColumns, VersionContent);

    private static readonly string[] Required =
    [
        "code", "reference_year", "kind", "category_code", "geography_code", "unit_code", "provider_code",
        "name_zh", "name_en", "value", "gas_coverage", "system_boundary", "source_type", "grade_level", "source",
    ];

    private static readonly string[] Optional =
    [
        "synonyms", "co2_fossil", "co2_biogenic", "ch4", "n2o", "other_ghg", "gwp_set", "access_level",
        "electricity_model", "electricity_source", "technology", "method", "standards", "valid_from", "valid_to",
        "dq_technological", "dq_geographical", "dq_temporal", "dq_precision",
        "uncertainty_distribution", "uncertainty_lower", "uncertainty_upper", "uncertain", "note", "source_url",
    ];

    private readonly HashSet<string> _codesOfEarlierFiles;

    /// <param name="codesOfEarlierFiles">Factor codes of the factor files already loaded in this run; a code belongs to one file.</param>
    public FactorsSeedTable(HashSet<string> codesOfEarlierFiles) => _codesOfEarlierFiles = codesOfEarlierFiles;

    public override string Table => "factors";

    public override IReadOnlyList<string> RequiredColumns => Required;

    public override IReadOnlyList<string> OptionalColumns => Optional;

    public override IReadOnlyList<(SeedRow Row, SeedFactor Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(SeedRow, SeedFactor)>();
        foreach (var row in file.Rows)
        {
            var factor = ValidateRow(row, catalogue);
            RequireUnique(seen, factor.Code, row, "code");
            if (_codesOfEarlierFiles.Contains(factor.Code))
            {
                throw row.Error("code", $"'{factor.Code}' is already defined in another factor file");
            }

            result.Add((row, factor));
        }

        return result;
    }

    private static SeedFactor ValidateRow(SeedRow row, SeedCatalogue catalogue)
    {
        var code = row.Code("code", SeedPatterns.FactorCode(), SeedPatterns.FactorCodeDescription);
        var year = row.Integer("reference_year", 1990, 2100);
        if (!code.EndsWith("." + year, StringComparison.Ordinal))
        {
            throw row.Error("code", $"the code must end in the reference year: '{code}' does not end in '.{year}'");
        }

        var kind = row.OneOf("kind", SeedVocabulary.FactorKinds);
        var category = Reference(row, "category_code", catalogue.Categories.Contains, "category");
        var geography = Reference(row, "geography_code", catalogue.Geographies.ContainsKey, "geography");
        var unit = Reference(row, "unit_code", catalogue.Units.ContainsKey, "unit");
        var providerCode = Reference(row, "provider_code", catalogue.Organisations.ContainsKey, "organisation");
        RequireUnitDimension(row, kind, catalogue.Units[unit]);

        var value = row.Decimal("value", 28, 12);
        var gases = new[] { "co2_fossil", "co2_biogenic", "ch4", "n2o", "other_ghg" }
            .Select(column => row.OptionalDecimal(column, 28, 12)).ToArray();
        if (gases.Any(g => g is not null) && gases.Sum(g => g ?? 0) != value)
        {
            throw row.Error("value", $"the gas breakdown sums to {gases.Sum(g => g ?? 0)}, not to the value {value}");
        }

        var gasCoverage = row.OneOf("gas_coverage", SeedVocabulary.GasCoverages);
        var gwpSet = row.OptionalOneOf("gwp_set", SeedVocabulary.GwpSets);
        if (gwpSet is not null && gasCoverage != "co2e")
        {
            throw row.Error("gwp_set", "a GWP set belongs to CO2e figures only; leave it empty for gas_coverage co2");
        }

        var sourceType = row.OneOf("source_type", SeedVocabulary.SourceTypes);
        var gradeLevel = row.Integer("grade_level", 1, 9);
        var dq = new[] { "dq_technological", "dq_geographical", "dq_temporal", "dq_precision" }
            .Select(column => row.OptionalInteger(column, 1, 5)).ToArray();
        RequireGradeRule(row, catalogue, gradeLevel, sourceType, dq);

        var accessLevel = row.OptionalOneOf("access_level", SeedVocabulary.AccessLevels) ?? "public";
        var electricityModel = row.OptionalOneOf("electricity_model", SeedVocabulary.ElectricityModels);
        var electricitySource = row.OptionalOneOf("electricity_source", SeedVocabulary.ElectricitySources);
        RequireElectricityFields(row, kind, electricityModel, electricitySource);

        var validFrom = row.OptionalDate("valid_from");
        var validTo = row.OptionalDate("valid_to");
        if (validFrom > validTo)
        {
            throw row.Error("valid_to", $"{validTo:yyyy-MM-dd} is before valid_from {validFrom:yyyy-MM-dd}");
        }

        var distribution = row.OptionalOneOf("uncertainty_distribution", SeedVocabulary.UncertaintyDistributions);
        var lower = row.OptionalDecimal("uncertainty_lower", 28, 12);
        var upper = row.OptionalDecimal("uncertainty_upper", 28, 12);
        RequireUncertaintyBounds(row, value, distribution, lower, upper);

        var note = row.Optional("note");
        var providerId = catalogue.Organisations[providerCode];
        RequireUncertainRule(row, gradeLevel, note);
        RequireSyntheticRule(row, sourceType, providerCode, gradeLevel, note);

        var sourceUrl = row.Optional("source_url");
        if (sourceUrl is not null && !SeedPatterns.Url().IsMatch(sourceUrl))
        {
            throw row.Error("source_url", $"'{sourceUrl}' is not an http(s) URL");
        }

        return new SeedFactor(
            DeterministicGuid.Create("factor:" + code), code, code[..^5], (short)year, kind, category, geography, unit, providerId,
            row.Required("name_zh"), row.Required("name_en"), row.List("synonyms"),
            DeterministicGuid.Create("factor-version:" + code + ":1"), value, gases[0], gases[1], gases[2], gases[3], gases[4],
            gasCoverage, gwpSet, row.OneOf("system_boundary", SeedVocabulary.SystemBoundaries), validFrom, validTo,
            row.Optional("technology"), row.Optional("method"), row.List("standards"), sourceType, row.Required("source"),
            sourceUrl, note, (short?)dq[0], (short?)dq[1], (short?)dq[2], (short?)dq[3], distribution, lower, upper,
            (short)gradeLevel, accessLevel, electricityModel, electricitySource);
    }

    private static string Reference(SeedRow row, string column, Func<string, bool> exists, string what)
    {
        var code = row.Required(column);
        return exists(code) ? code : throw row.Error(column, $"{what} '{code}' does not exist (define it in its reference file first)");
    }

    private static void RequireUnitDimension(SeedRow row, string kind, string dimension)
    {
        var expected = kind switch
        {
            "grid_electricity" => "energy",
            "transport" => "mass_distance",
            _ => null,
        };
        if (expected is not null && dimension != expected)
        {
            throw row.Error("unit_code", $"a {kind} factor is declared per unit of {expected}, but this unit measures {dimension}");
        }
    }

    private static void RequireGradeRule(SeedRow row, SeedCatalogue catalogue, int level, string sourceType, int?[] dq)
    {
        if (!catalogue.Grades.TryGetValue(level, out var grade))
        {
            throw row.Error("grade_level", $"grade {level} does not exist (see grades.csv)");
        }

        if (!grade.EligibleSourceTypes.Contains(sourceType))
        {
            throw row.Error("grade_level",
                $"grade {level} is not allowed for source type '{sourceType}' (allowed: {string.Join(", ", grade.EligibleSourceTypes)})");
        }

        if (grade.RequiresVerification)
        {
            throw row.Error("grade_level", $"grade {level} requires third-party verification, which seed data cannot record; submit the factor instead");
        }

        if (grade.MaxDqr is { } maxDqr && dq.All(score => score is not null))
        {
            var dqr = Math.Round(dq.Sum(score => score!.Value) / 4m, 2);
            if (dqr > maxDqr)
            {
                throw row.Error("grade_level", $"the data-quality rating {dqr} exceeds grade {level}'s maximum {maxDqr}");
            }
        }
    }

    private static void RequireElectricityFields(SeedRow row, string kind, string? model, string? source)
    {
        if (kind == "grid_electricity" && model is null)
        {
            throw row.Error("electricity_model", "a grid_electricity factor must state its electricity model");
        }

        if (model is not null && kind is not ("grid_electricity" or "energy_carrier"))
        {
            throw row.Error("electricity_model", $"an electricity model applies to electricity factors, not to kind '{kind}'");
        }

        if (source is not null && model is null)
        {
            throw row.Error("electricity_source", "an electricity source needs an electricity model");
        }
    }

    private static void RequireUncertaintyBounds(SeedRow row, decimal value, string? distribution, decimal? lower, decimal? upper)
    {
        if ((lower is null) != (upper is null))
        {
            throw row.Error(lower is null ? "uncertainty_lower" : "uncertainty_upper", "uncertainty bounds come in pairs: give both or neither");
        }

        if (distribution is not null && lower is null)
        {
            throw row.Error("uncertainty_distribution", "a distribution needs its bounds (uncertainty_lower and uncertainty_upper)");
        }

        if (lower > upper)
        {
            throw row.Error("uncertainty_upper", $"{upper} is below the lower bound {lower}");
        }

        if (lower is not null && (value < lower || value > upper))
        {
            throw row.Error("value", $"{value} lies outside its uncertainty bounds {lower}..{upper}");
        }
    }

    /// <summary>factor-figures.md: a figure marked uncertain may be loaded only with grade 3 and the word in its note.</summary>
    private static void RequireUncertainRule(SeedRow row, int gradeLevel, string? note)
    {
        var flagged = row.Boolean("uncertain", false);
        var noteSaysSo = note is not null && UncertainWord().IsMatch(note);
        if (flagged && gradeLevel != 3)
        {
            throw row.Error("grade_level", "an uncertain figure may only be grade 3");
        }

        if (flagged && !noteSaysSo)
        {
            throw row.Error("note", "an uncertain figure must say 'uncertain' in its note");
        }

        if (!flagged && noteSaysSo)
        {
            throw row.Error("uncertain", "the note calls the figure uncertain: set uncertain to true (grade 3), or reword the note");
        }
    }

    /// <summary>factor-figures.md: synthetic examples only from the demo provider, grade 3, labelled as such.</summary>
    private static void RequireSyntheticRule(SeedRow row, string sourceType, string providerCode, int gradeLevel, string? note)
    {
        if (sourceType == "synthetic" && providerCode != DemoProviderCode)
        {
            throw row.Error("provider_code", $"synthetic factors may only be provided by {DemoProviderCode}");
        }

        if (sourceType != "synthetic" && providerCode == DemoProviderCode)
        {
            throw row.Error("source_type", $"{DemoProviderCode} provides synthetic examples only: source_type must be synthetic");
        }

        if (sourceType == "synthetic" && gradeLevel != 3)
        {
            throw row.Error("grade_level", "a synthetic factor may only be grade 3");
        }

        if (sourceType == "synthetic" && (note is null || !note.Contains(SyntheticNote, StringComparison.Ordinal)))
        {
            throw row.Error("note", $"a synthetic factor's note must say \"{SyntheticNote}\"");
        }
    }

    public override async Task<IReadOnlyList<(SeedRow Row, SeedFactor Record)>> PrepareWriteAsync(
        IReadOnlyList<(SeedRow Row, SeedFactor Record)> rows, NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        // A factor created earlier by other means keeps its id: the seed matches factors by code.
        var existing = new Dictionary<string, (Guid FactorId, Guid? VersionId, string? PublishedIn)>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            """
            SELECT f.code, f.id, v.id,
                   (SELECT min(s.label) FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
                    WHERE m.factor_version_id = v.id AND s.status = 'published')
            FROM factors f LEFT JOIN factor_versions v ON v.factor_id = f.id AND v.version_number = 1
            WHERE f.code = ANY(@codes)
            """, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text)
            {
                Value = rows.Select(r => r.Record.Code).ToArray(),
            });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existing[reader.GetString(0)] = (reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        var prepared = new List<(SeedRow, SeedFactor)>(rows.Count);
        foreach (var (row, factor) in rows)
        {
            if (!existing.TryGetValue(factor.Code, out var found))
            {
                prepared.Add((row, factor));
                continue;
            }

            var record = factor with { Id = found.FactorId, VersionId = found.VersionId ?? factor.VersionId };
            if (found.PublishedIn is { } label)
            {
                await RequireUnchangedAsync(row, record, label, connection, transaction, cancellationToken);
            }

            prepared.Add((row, record));
        }

        return prepared;
    }

    /// <summary>
    /// A published version never changes (the database enforces it too). Say which cell differs and what to do,
    /// instead of surfacing the trigger's error or skipping the row silently.
    /// </summary>
    private static async Task RequireUnchangedAsync(SeedRow row, SeedFactor factor, string label,
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var versionChecks = VersionContent.Select(c => $"v.{c.Name} IS DISTINCT FROM @{c.Name}");
        var identityChecks = FactorColumns.Where(c => FactorIdentity.Contains(c.Name)).Select(c => $"f.{c.Name} IS DISTINCT FROM @{c.Name}");
        var columns = VersionContent.Select(c => c.Name).Concat(FactorIdentity).ToArray();
        await using var command = new NpgsqlCommand(
            $"SELECT {string.Join(", ", versionChecks.Concat(identityChecks))} " +
            "FROM factors f JOIN factor_versions v ON v.factor_id = f.id AND v.version_number = 1 WHERE f.id = @factor_id",
            connection, transaction);
        foreach (var column in VersionContent.Concat(FactorColumns.Where(c => FactorIdentity.Contains(c.Name))))
        {
            command.Parameters.Add(column.Parameter(factor));
        }

        command.Parameters.Add(new NpgsqlParameter("factor_id", NpgsqlDbType.Uuid) { Value = factor.Id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        for (var i = 0; i < columns.Length; i++)
        {
            if (reader.GetBoolean(i))
            {
                throw row.Error(CsvColumnOf(columns[i]),
                    $"factor {factor.Code} version 1 is in published snapshot {label}, and this cell differs from it. " +
                    "Published versions never change: restore the published value here and submit the correction as a new version");
            }
        }
    }

    private static string CsvColumnOf(string databaseColumn) => databaseColumn switch
    {
        "source_citation" => "source",
        "provider_id" => "provider_code",
        "series_code" => "code",
        _ => databaseColumn,
    };

    public override async Task<UpsertOutcome> WriteAsync(SeedFactor record, NpgsqlConnection connection,
        NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var factor = await SeedUpsert.ExecuteAsync(connection, transaction, FactorUpsertSql, FactorColumns, record, cancellationToken);
        var version = await SeedUpsert.ExecuteAsync(connection, transaction, VersionUpsertSql, VersionColumns, record, cancellationToken);
        return (factor, version) switch
        {
            (UpsertOutcome.Inserted, _) => UpsertOutcome.Inserted,
            (UpsertOutcome.Unchanged, UpsertOutcome.Unchanged) => UpsertOutcome.Unchanged,
            _ => UpsertOutcome.Updated,
        };
    }

    [GeneratedRegex(@"\buncertain\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UncertainWord();
}
