using System.Data.Common;
using FactorHub.Catalog;
using FactorHub.Data;
using FactorHub.Factors;
using FactorHub.Identity;
using Npgsql;

namespace FactorHub.Snapshots;

/// <summary>
/// Reads one published snapshot into a <see cref="SnapshotIndex"/> with a single batched round trip
/// (one <see cref="NpgsqlBatch"/>: the snapshot row, its members with factors and versions, earlier
/// published versions, and the reference data), so loading cost does not depend on the number of factors.
/// </summary>
public static class SnapshotIndexLoader
{
    private const string VersionColumns = """
        v.id, v.factor_id, v.version_number, v.value, v.co2_fossil, v.co2_biogenic, v.ch4, v.n2o, v.other_ghg,
        v.gas_coverage, v.gwp_set, v.system_boundary, v.valid_from, v.valid_to, v.technology, v.method, v.standards,
        v.source_type, v.source_citation, v.source_url, v.note, v.dq_technological, v.dq_geographical, v.dq_temporal,
        v.dq_precision, v.dqr, v.dqr_class, v.uncertainty_distribution, v.uncertainty_lower, v.uncertainty_upper,
        v.grade_level, v.access_level, v.electricity_model, v.electricity_source, v.accepted_at
        """;

    private static readonly string[] Statements =
    [
        """
        SELECT s.id, s.label, s.cutoff_at, s.published_at, p.label, s.factor_count, s.content_digest, s.description_zh, s.description_en
        FROM snapshots s LEFT JOIN snapshots p ON p.id = s.previous_snapshot_id
        WHERE s.label = $1 AND s.status = 'published'
        """,
        $"""
        SELECT m.state, f.id, f.code, f.series_code, f.reference_year, f.kind, f.category_code, f.geography_code,
               f.unit_code, f.provider_id, f.name_zh, f.name_en, f.synonyms, {VersionColumns}
        FROM snapshot_members m
        JOIN snapshots s ON s.id = m.snapshot_id
        JOIN factors f ON f.id = m.factor_id
        JOIN factor_versions v ON v.id = m.factor_version_id
        WHERE s.label = $1 AND s.status = 'published'
        """,
        // Earlier versions of this snapshot's factors, only those some published snapshot up to this one held:
        // drafts, submissions and versions published later are never visible through this snapshot.
        $"""
        SELECT {VersionColumns}
        FROM factor_versions v
        WHERE EXISTS (SELECT 1 FROM snapshot_members m2 JOIN snapshots s2 ON s2.id = m2.snapshot_id
                      WHERE m2.factor_version_id = v.id AND s2.status = 'published' AND s2.label <= $1)
          AND v.factor_id IN (SELECT m.factor_id FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
                              WHERE s.label = $1 AND s.status = 'published')
        """,
        "SELECT code, parent_code, name_zh, name_en, description_zh, description_en, sort_order FROM categories",
        "SELECT level, code, name_zh, name_en, description_zh, description_en, eligible_source_types, max_dqr, requires_verification FROM grades",
        "SELECT code, dimension, symbol, name_zh, name_en, to_base_numerator, to_base_denominator, is_base FROM units",
        "SELECT code, kind, parent_code, grid_region_code, name_zh, name_en FROM geographies",
        "SELECT id, code, kind, name_zh, name_en, website, created_at FROM organisations",
    ];

    /// <summary>Loads the snapshot, or returns null when no published snapshot has that label.</summary>
    public static async Task<SnapshotIndex?> LoadAsync(NpgsqlConnection connection, string label, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in Statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            if (sql.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = label });
            }
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        SnapshotInfo? snapshot = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            snapshot = new SnapshotInfo(
                reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
                NullableString(reader, 4), reader.GetInt32(5), reader.GetString(6), NullableString(reader, 7), NullableString(reader, 8));
        }

        var members = new List<(SnapshotMemberState State, Guid Id, string Code, string Series, int Year, FactorKind Kind, string Category,
            string Geography, string Unit, Guid Provider, string NameZh, string NameEn, string[] Synonyms, PublishedVersion Version)>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add((DbText.Parse<SnapshotMemberState>(reader.GetString(0)), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt16(4), DbText.Parse<FactorKind>(reader.GetString(5)), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.GetGuid(9), reader.GetString(10), reader.GetString(11), reader.GetFieldValue<string[]>(12), ReadVersion(reader, 13)));
        }

        var history = new List<PublishedVersion>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(ReadVersion(reader, 0));
        }

        var categories = new List<Category>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            categories.Add(new Category
            {
                Code = reader.GetString(0), ParentCode = NullableString(reader, 1), NameZh = reader.GetString(2), NameEn = reader.GetString(3),
                DescriptionZh = NullableString(reader, 4), DescriptionEn = NullableString(reader, 5), SortOrder = reader.GetInt32(6),
            });
        }

        var grades = new List<Grade>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            grades.Add(new Grade
            {
                Level = reader.GetInt16(0), Code = reader.GetString(1), NameZh = reader.GetString(2), NameEn = reader.GetString(3),
                DescriptionZh = reader.GetString(4), DescriptionEn = reader.GetString(5), EligibleSourceTypes = reader.GetFieldValue<string[]>(6),
                MaxDqr = reader.IsDBNull(7) ? null : reader.GetDecimal(7), RequiresVerification = reader.GetBoolean(8),
            });
        }

        var units = new List<Unit>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(new Unit
            {
                Code = reader.GetString(0), Dimension = DbText.Parse<UnitDimension>(reader.GetString(1)), Symbol = reader.GetString(2),
                NameZh = reader.GetString(3), NameEn = reader.GetString(4), ToBaseNumerator = reader.GetDecimal(5),
                ToBaseDenominator = reader.GetDecimal(6), IsBase = reader.GetBoolean(7),
            });
        }

        var geographies = new List<Geography>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            geographies.Add(new Geography
            {
                Code = reader.GetString(0), Kind = DbText.Parse<GeographyKind>(reader.GetString(1)), ParentCode = NullableString(reader, 2),
                GridRegionCode = NullableString(reader, 3), NameZh = reader.GetString(4), NameEn = reader.GetString(5),
            });
        }

        var organisations = new List<Organisation>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            organisations.Add(new Organisation
            {
                Id = reader.GetGuid(0), Code = reader.GetString(1), Kind = DbText.Parse<OrganisationKind>(reader.GetString(2)),
                NameZh = reader.GetString(3), NameEn = reader.GetString(4), Website = NullableString(reader, 5),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
            });
        }

        if (snapshot is null)
        {
            return null;
        }

        var categoryByCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var geographyByCode = geographies.ToDictionary(g => g.Code, StringComparer.Ordinal);
        var unitByCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var gradeByLevel = grades.ToDictionary(g => g.Level);
        var organisationById = organisations.ToDictionary(o => o.Id);
        var factors = members.Select(m => new PublishedFactor
        {
            Id = m.Id, Code = m.Code, SeriesCode = m.Series, ReferenceYear = m.Year, Kind = m.Kind,
            NameZh = m.NameZh, NameEn = m.NameEn, Synonyms = m.Synonyms,
            Category = categoryByCode[m.Category], Geography = geographyByCode[m.Geography], Unit = unitByCode[m.Unit],
            Provider = organisationById[m.Provider], Version = m.Version,
            Grade = m.Version.GradeLevel is { } level ? gradeByLevel.GetValueOrDefault(level) : null,
            State = m.State, Snapshot = snapshot,
        });
        return new SnapshotIndex(snapshot, factors, history, categories, grades, units, geographies, organisations);
    }

    private static PublishedVersion ReadVersion(DbDataReader r, int o) => new()
    {
        Id = r.GetGuid(o),
        FactorId = r.GetGuid(o + 1),
        VersionNumber = r.GetInt32(o + 2),
        Value = Normalize(r.GetDecimal(o + 3)),
        Co2Fossil = NullableDecimal(r, o + 4),
        Co2Biogenic = NullableDecimal(r, o + 5),
        Ch4 = NullableDecimal(r, o + 6),
        N2o = NullableDecimal(r, o + 7),
        OtherGhg = NullableDecimal(r, o + 8),
        GasCoverage = DbText.Parse<GasCoverage>(r.GetString(o + 9)),
        GwpSet = NullableEnum<GwpSet>(r, o + 10),
        SystemBoundary = DbText.Parse<SystemBoundary>(r.GetString(o + 11)),
        ValidFrom = r.IsDBNull(o + 12) ? null : r.GetFieldValue<DateOnly>(o + 12),
        ValidTo = r.IsDBNull(o + 13) ? null : r.GetFieldValue<DateOnly>(o + 13),
        Technology = NullableString(r, o + 14),
        Method = NullableString(r, o + 15),
        Standards = r.GetFieldValue<string[]>(o + 16),
        SourceType = DbText.Parse<SourceType>(r.GetString(o + 17)),
        SourceCitation = r.GetString(o + 18),
        SourceUrl = NullableString(r, o + 19),
        Note = NullableString(r, o + 20),
        DqTechnological = NullableShort(r, o + 21),
        DqGeographical = NullableShort(r, o + 22),
        DqTemporal = NullableShort(r, o + 23),
        DqPrecision = NullableShort(r, o + 24),
        Dqr = NullableDecimal(r, o + 25),
        DqrClass = NullableEnum<DqrClass>(r, o + 26),
        UncertaintyDistribution = NullableEnum<UncertaintyDistribution>(r, o + 27),
        UncertaintyLower = NullableDecimal(r, o + 28),
        UncertaintyUpper = NullableDecimal(r, o + 29),
        GradeLevel = NullableShort(r, o + 30),
        AccessLevel = DbText.Parse<AccessLevel>(r.GetString(o + 31)),
        ElectricityModel = NullableEnum<ElectricityModel>(r, o + 32),
        ElectricitySource = NullableEnum<ElectricitySource>(r, o + 33),
        AcceptedAt = r.IsDBNull(o + 34) ? null : r.GetFieldValue<DateTimeOffset>(o + 34),
    };

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static decimal? NullableDecimal(DbDataReader r, int i) => r.IsDBNull(i) ? null : Normalize(r.GetDecimal(i));

    // numeric(28,12) arrives with twelve decimal places; the wire format writes a decimal's own digits, so
    // 0.5568 must not read 0.556800000000. Dividing by 1 with a scale-0 divisor drops the trailing zeros.
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
    private static short? NullableShort(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt16(i);
    private static TEnum? NullableEnum<TEnum>(DbDataReader r, int i) where TEnum : struct, Enum =>
        r.IsDBNull(i) ? null : DbText.Parse<TEnum>(r.GetString(i));
}
