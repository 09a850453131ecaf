using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary>
/// <c>categories.csv</c> → <c>categories</c>. A parent must already exist or appear on an earlier line, so the
/// file can be written top-down in one pass.
/// </summary>
internal sealed class CategoriesSeedTable : SeedTable<CategoriesSeedTable.Category>
{
    internal sealed record Category(string Code, string? ParentCode, string NameZh, string NameEn,
        string? DescriptionZh, string? DescriptionEn, int SortOrder);

    private static readonly SeedColumn<Category>[] Columns =
    [
        new("code", NpgsqlDbType.Text, c => c.Code),
        new("parent_code", NpgsqlDbType.Text, c => c.ParentCode),
        new("name_zh", NpgsqlDbType.Text, c => c.NameZh),
        new("name_en", NpgsqlDbType.Text, c => c.NameEn),
        new("description_zh", NpgsqlDbType.Text, c => c.DescriptionZh),
        new("description_en", NpgsqlDbType.Text, c => c.DescriptionEn),
        new("sort_order", NpgsqlDbType.Integer, c => c.SortOrder),
    ];

    private static readonly string UpsertSql = SeedUpsert.Sql("categories", "code", Columns, Columns[1..]);

    public override string Table => "categories";

    public override IReadOnlyList<string> RequiredColumns { get; } = ["code", "name_zh", "name_en"];

    public override IReadOnlyList<string> OptionalColumns { get; } =
        ["parent_code", "description_zh", "description_en", "sort_order"];

    public override IReadOnlyList<(SeedRow Row, Category Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(SeedRow, Category)>();
        foreach (var row in file.Rows)
        {
            var code = row.Code("code", SeedPatterns.CategoryCode(), SeedPatterns.CategoryCodeDescription);
            var parent = row.OptionalCode("parent_code", SeedPatterns.CategoryCode(), SeedPatterns.CategoryCodeDescription);
            var isRoot = !code.Contains('.', StringComparison.Ordinal);
            if (isRoot && parent is not null)
            {
                throw row.Error("parent_code", $"'{code}' has no dot, so it is a root category and cannot have a parent");
            }

            if (!isRoot)
            {
                var expectedParent = code[..code.LastIndexOf('.')];
                if (parent != expectedParent)
                {
                    throw row.Error("parent_code", $"the parent of '{code}' must be '{expectedParent}' (codes are dotted paths)");
                }

                if (!seen.ContainsKey(parent) && !catalogue.Categories.Contains(parent))
                {
                    throw row.Error("parent_code", $"category '{parent}' is not defined on an earlier line");
                }
            }

            RequireUnique(seen, code, row, "code");
            result.Add((row, new Category(code, parent, row.Required("name_zh"), row.Required("name_en"),
                row.Optional("description_zh"), row.Optional("description_en"),
                row.OptionalInteger("sort_order", 0, int.MaxValue) ?? 0)));
        }

        return result;
    }

    public override Task<UpsertOutcome> WriteAsync(Category record, NpgsqlConnection connection,
        NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        SeedUpsert.ExecuteAsync(connection, transaction, UpsertSql, Columns, record, cancellationToken);
}
