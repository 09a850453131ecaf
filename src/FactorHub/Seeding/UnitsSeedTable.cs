using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary>
/// <c>units.csv</c> → <c>units</c>. The conversion to the dimension's base unit is an exact fraction
/// (to_base_numerator / to_base_denominator) written in lowest terms, and each dimension has exactly one base.
/// </summary>
internal sealed class UnitsSeedTable : SeedTable<UnitsSeedTable.Unit>
{
    internal sealed record Unit(string Code, string Dimension, string Symbol, string NameZh, string NameEn,
        decimal Numerator, decimal Denominator, bool IsBase);

    private static readonly SeedColumn<Unit>[] Columns =
    [
        new("code", NpgsqlDbType.Text, u => u.Code),
        new("dimension", NpgsqlDbType.Text, u => u.Dimension),
        new("symbol", NpgsqlDbType.Text, u => u.Symbol),
        new("name_zh", NpgsqlDbType.Text, u => u.NameZh),
        new("name_en", NpgsqlDbType.Text, u => u.NameEn),
        new("to_base_numerator", NpgsqlDbType.Numeric, u => u.Numerator),
        new("to_base_denominator", NpgsqlDbType.Numeric, u => u.Denominator),
        new("is_base", NpgsqlDbType.Boolean, u => u.IsBase),
    ];

    private static readonly string UpsertSql = SeedUpsert.Sql("units", "code", Columns, Columns[1..]);

    public override string Table => "units";

    public override IReadOnlyList<string> RequiredColumns { get; } =
        ["code", "dimension", "symbol", "name_zh", "name_en", "to_base_numerator", "to_base_denominator", "is_base", "source"];

    public override IReadOnlyList<string> OptionalColumns { get; } = [];

    public override IReadOnlyList<(SeedRow Row, Unit Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var bases = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(SeedRow, Unit)>();
        foreach (var row in file.Rows)
        {
            var code = row.Code("code", SeedPatterns.UnitCode(), SeedPatterns.UnitCodeDescription);
            RequireUnique(seen, code, row, "code");
            var dimension = row.OneOf("dimension", SeedVocabulary.UnitDimensions);
            var numerator = PositiveInteger(row, "to_base_numerator");
            var denominator = PositiveInteger(row, "to_base_denominator");
            if (Gcd(numerator, denominator) != 1)
            {
                throw row.Error("to_base_denominator", $"{numerator}/{denominator} is not in lowest terms");
            }

            var isBase = row.Boolean("is_base", false);
            if (isBase)
            {
                if (numerator != 1 || denominator != 1)
                {
                    throw row.Error("to_base_numerator", "a base unit converts to itself: write 1 and 1");
                }

                if (!bases.TryAdd(dimension, row.Line))
                {
                    throw row.Error("is_base", $"dimension '{dimension}' already has a base unit on line {bases[dimension]}");
                }
            }

            row.Required("source");
            result.Add((row, new Unit(code, dimension, row.Required("symbol"), row.Required("name_zh"), row.Required("name_en"),
                numerator, denominator, isBase)));
        }

        foreach (var (row, unit) in result.Where(r => !bases.ContainsKey(r.Item2.Dimension)))
        {
            throw row.Error("dimension", $"dimension '{unit.Dimension}' has no base unit (is_base = true) in this file");
        }

        return result;
    }

    public override Task<UpsertOutcome> WriteAsync(Unit record, NpgsqlConnection connection,
        NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        SeedUpsert.ExecuteAsync(connection, transaction, UpsertSql, Columns, record, cancellationToken);

    private static decimal PositiveInteger(SeedRow row, string column)
    {
        var value = row.Decimal(column, 28, 0);
        return value > 0 ? value : throw row.Error(column, "must be a positive whole number");
    }

    private static decimal Gcd(decimal a, decimal b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
