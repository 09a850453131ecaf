using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary>
/// <c>geographies.csv</c> → <c>geographies</c>, with the province → grid-region map. Parents and grid regions
/// must already exist or appear on an earlier line. A Chinese province either names its grid region or, when it
/// spans two grids (Inner Mongolia), leaves it empty and has one province_part per grid.
/// </summary>
internal sealed class GeographiesSeedTable : SeedTable<GeographiesSeedTable.Geography>
{
    internal sealed record Geography(string Code, string Kind, string? ParentCode, string? GridRegionCode, string NameZh, string NameEn);

    private static readonly SeedColumn<Geography>[] Columns =
    [
        new("code", NpgsqlDbType.Text, g => g.Code),
        new("kind", NpgsqlDbType.Text, g => g.Kind),
        new("parent_code", NpgsqlDbType.Text, g => g.ParentCode),
        new("grid_region_code", NpgsqlDbType.Text, g => g.GridRegionCode),
        new("name_zh", NpgsqlDbType.Text, g => g.NameZh),
        new("name_en", NpgsqlDbType.Text, g => g.NameEn),
    ];

    private static readonly string UpsertSql = SeedUpsert.Sql("geographies", "code", Columns, Columns[1..]);

    public override string Table => "geographies";

    public override IReadOnlyList<string> RequiredColumns { get; } = ["code", "kind", "name_zh", "name_en"];

    public override IReadOnlyList<string> OptionalColumns { get; } = ["parent_code", "grid_region_code"];

    public override IReadOnlyList<(SeedRow Row, Geography Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string>(catalogue.Geographies, StringComparer.Ordinal);
        var result = new List<(SeedRow, Geography)>();
        foreach (var row in file.Rows)
        {
            var code = row.Code("code", SeedPatterns.GeographyCode(), SeedPatterns.GeographyCodeDescription);
            RequireUnique(seen, code, row, "code");
            var kind = row.OneOf("kind", SeedVocabulary.GeographyKinds);
            var parent = row.OptionalCode("parent_code", SeedPatterns.GeographyCode(), SeedPatterns.GeographyCodeDescription);
            var grid = row.OptionalCode("grid_region_code", SeedPatterns.GeographyCode(), SeedPatterns.GeographyCodeDescription);

            if (kind == "global" && parent is not null)
            {
                throw row.Error("parent_code", "the global geography has no parent");
            }

            if (kind != "global")
            {
                if (parent is null)
                {
                    throw row.Error("parent_code", $"a geography of kind '{kind}' needs a parent");
                }

                if (!kinds.TryGetValue(parent, out var parentKind))
                {
                    throw row.Error("parent_code", $"geography '{parent}' is not defined on an earlier line");
                }

                if (kind == "province_part" && parentKind != "province")
                {
                    throw row.Error("parent_code", $"a province_part belongs to a province, but '{parent}' is a {parentKind}");
                }
            }

            if (grid is not null)
            {
                if (kind is not ("province" or "province_part"))
                {
                    throw row.Error("grid_region_code", $"only provinces and province parts map to a grid region, not a {kind}");
                }

                if (!kinds.TryGetValue(grid, out var gridKind))
                {
                    throw row.Error("grid_region_code", $"geography '{grid}' is not defined on an earlier line");
                }

                if (gridKind != "grid_region")
                {
                    throw row.Error("grid_region_code", $"'{grid}' is a {gridKind}, not a grid_region");
                }
            }
            else if (kind == "province_part")
            {
                throw row.Error("grid_region_code", "a province_part exists to name the grid region of its part: a value is required");
            }

            kinds[code] = kind;
            result.Add((row, new Geography(code, kind, parent, grid, row.Required("name_zh"), row.Required("name_en"))));
        }

        RequireChineseProvincesMapped(result);
        return result;
    }

    public override Task<UpsertOutcome> WriteAsync(Geography record, NpgsqlConnection connection,
        NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        SeedUpsert.ExecuteAsync(connection, transaction, UpsertSql, Columns, record, cancellationToken);

    // Geography fallback (province → grid region → national) needs every Chinese province to reach a grid
    // region; one that spans grids must say so through at least two parts rather than pick one silently.
    private static void RequireChineseProvincesMapped(List<(SeedRow Row, Geography Record)> rows)
    {
        foreach (var (row, province) in rows.Where(r => r.Record is { Kind: "province", ParentCode: "CN", GridRegionCode: null }))
        {
            var parts = rows.Count(r => r.Record.Kind == "province_part" && r.Record.ParentCode == province.Code);
            if (parts < 2)
            {
                throw row.Error("grid_region_code",
                    $"province '{province.Code}' has no grid region: name one, or add one province_part per grid it spans (found {parts})");
            }
        }
    }
}
