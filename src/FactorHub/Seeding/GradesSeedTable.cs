using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary><c>grades.csv</c> → <c>grades</c>: the trust tiers and the rule columns a version's grade must satisfy.</summary>
internal sealed class GradesSeedTable : SeedTable<GradesSeedTable.Grade>
{
    internal sealed record Grade(short Level, string Code, string NameZh, string NameEn, string DescriptionZh,
        string DescriptionEn, string[] EligibleSourceTypes, decimal? MaxDqr, bool RequiresVerification);

    private static readonly SeedColumn<Grade>[] Columns =
    [
        new("level", NpgsqlDbType.Smallint, g => g.Level),
        new("code", NpgsqlDbType.Text, g => g.Code),
        new("name_zh", NpgsqlDbType.Text, g => g.NameZh),
        new("name_en", NpgsqlDbType.Text, g => g.NameEn),
        new("description_zh", NpgsqlDbType.Text, g => g.DescriptionZh),
        new("description_en", NpgsqlDbType.Text, g => g.DescriptionEn),
        new("eligible_source_types", NpgsqlDbType.Array | NpgsqlDbType.Text, g => g.EligibleSourceTypes),
        new("max_dqr", NpgsqlDbType.Numeric, g => g.MaxDqr),
        new("requires_verification", NpgsqlDbType.Boolean, g => g.RequiresVerification),
    ];

    private static readonly string UpsertSql = SeedUpsert.Sql("grades", "level", Columns, Columns[1..]);

    public override string Table => "grades";

    public override IReadOnlyList<string> RequiredColumns { get; } =
        ["level", "code", "name_zh", "name_en", "description_zh", "description_en", "eligible_source_types", "source"];

    public override IReadOnlyList<string> OptionalColumns { get; } = ["max_dqr", "requires_verification"];

    public override IReadOnlyList<(SeedRow Row, Grade Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue)
    {
        var levels = new Dictionary<int, int>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(SeedRow, Grade)>();
        foreach (var row in file.Rows)
        {
            var level = row.Integer("level", 1, 9);
            RequireUnique(levels, level, row, "level");
            var code = row.Required("code");
            RequireUnique(codes, code, row, "code");
            var sourceTypes = row.List("eligible_source_types");
            if (sourceTypes.Length == 0)
            {
                throw row.Error("eligible_source_types", "at least one source type is required");
            }

            foreach (var sourceType in sourceTypes.Where(t => !SeedVocabulary.SourceTypes.Contains(t)))
            {
                throw row.Error("eligible_source_types",
                    $"'{sourceType}' is not a source type; expected one of: {string.Join(", ", SeedVocabulary.SourceTypes)}");
            }

            var maxDqr = row.OptionalDecimal("max_dqr", 4, 2);
            if (maxDqr is < 1 or > 5)
            {
                throw row.Error("max_dqr", $"{maxDqr} is outside the DQR range 1..5");
            }

            row.Required("source");
            result.Add((row, new Grade((short)level, code, row.Required("name_zh"), row.Required("name_en"),
                row.Required("description_zh"), row.Required("description_en"), sourceTypes, maxDqr,
                row.Boolean("requires_verification", false))));
        }

        return result;
    }

    public override Task<UpsertOutcome> WriteAsync(Grade record, NpgsqlConnection connection,
        NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        SeedUpsert.ExecuteAsync(connection, transaction, UpsertSql, Columns, record, cancellationToken);
}
