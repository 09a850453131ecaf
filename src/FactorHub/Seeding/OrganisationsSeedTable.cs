using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary><c>organisations.csv</c> → <c>organisations</c>.</summary>
internal sealed class OrganisationsSeedTable : SeedTable<OrganisationsSeedTable.Organisation>
{
    internal sealed record Organisation(Guid Id, string Code, string Kind, string NameZh, string NameEn, string? Website);

    private static readonly SeedColumn<Organisation>[] Columns =
    [
        new("id", NpgsqlDbType.Uuid, o => o.Id),
        new("code", NpgsqlDbType.Text, o => o.Code),
        new("kind", NpgsqlDbType.Text, o => o.Kind),
        new("name_zh", NpgsqlDbType.Text, o => o.NameZh),
        new("name_en", NpgsqlDbType.Text, o => o.NameEn),
        new("website", NpgsqlDbType.Text, o => o.Website),
        new("created_at", NpgsqlDbType.TimestampTz, _ => SeedLoader.SeedTimestamp),
    ];

    // The id is fixed at insert; an existing organisation keeps its id and created_at.
    private static readonly string UpsertSql = SeedUpsert.Sql("organisations", "code", Columns, Columns[2..6]);

    public override string Table => "organisations";

    public override IReadOnlyList<string> RequiredColumns { get; } = ["code", "kind", "name_zh", "name_en"];

    public override IReadOnlyList<string> OptionalColumns { get; } = ["website"];

    public override IReadOnlyList<(SeedRow Row, Organisation Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(SeedRow, Organisation)>();
        foreach (var row in file.Rows)
        {
            var code = row.Code("code", SeedPatterns.OrganisationCode(), SeedPatterns.OrganisationCodeDescription);
            RequireUnique(seen, code, row, "code");
            var website = row.Optional("website");
            if (website is not null && !SeedPatterns.Url().IsMatch(website))
            {
                throw row.Error("website", $"'{website}' is not an http(s) URL");
            }

            result.Add((row, new Organisation(
                catalogue.Organisations.GetValueOrDefault(code, DeterministicGuid.Create("organisation:" + code)),
                code,
                row.OneOf("kind", SeedVocabulary.OrganisationKinds),
                row.Required("name_zh"),
                row.Required("name_en"),
                website)));
        }

        return result;
    }

    public override Task<UpsertOutcome> WriteAsync(Organisation record, NpgsqlConnection connection,
        NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        SeedUpsert.ExecuteAsync(connection, transaction, UpsertSql, Columns, record, cancellationToken);
}
