using FactorHub.Data;
using FactorHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace FactorHub.Tests.Database;

/// <summary>
/// The SQL migrations are the source of truth and the EF Core model must describe them exactly: the same tables,
/// columns, store types, nullability, primary keys, indexes and foreign keys. Tables EF Core does not map must be
/// on <see cref="UnmappedTables"/>.
/// </summary>
public sealed class SchemaDriftTests : DatabaseTest
{
    /// <summary>Tables that exist in the migrated database but are deliberately not mapped by EF Core.</summary>
    private static readonly HashSet<string> UnmappedTables = new(StringComparer.Ordinal)
    {
        "schema_migrations", // the migrator's own history, written with Npgsql
        // Quartz's ADO.NET job store (migrations/0003), read and written by Quartz itself.
        "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers",
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_fired_triggers",
        "qrtz_scheduler_state", "qrtz_locks", "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
        // Snapshot webhooks (migrations/0004, 0007), written with Npgsql by Snapshots/Webhooks.
        "webhooks", "webhook_deliveries", "webhook_outbox",
    };

    [Fact]
    public async Task MigratedSchemaAndEfCoreModelAgree()
    {
        var efTables = DescribeModel();
        var databaseTables = await DescribeDatabaseAsync();

        var onlyInDatabase = databaseTables.Keys.Except(efTables.Keys).Except(UnmappedTables).Order().ToList();
        var onlyInModel = efTables.Keys.Except(databaseTables.Keys).Order().ToList();
        Assert.True(onlyInDatabase.Count == 0, $"Tables not mapped by EF Core and not on the allow-list: {string.Join(", ", onlyInDatabase)}");
        Assert.True(onlyInModel.Count == 0, $"Tables in the EF Core model but not in the migrations: {string.Join(", ", onlyInModel)}");

        var differences = new List<string>();
        foreach (var (table, efFacts) in efTables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var dbFacts = databaseTables[table];
            differences.AddRange(dbFacts.Except(efFacts).Select(f => $"only in the database: {f}"));
            differences.AddRange(efFacts.Except(dbFacts).Select(f => $"only in the EF Core model: {f}"));
        }
        Assert.True(differences.Count == 0, "Schema drift:\n" + string.Join("\n", differences));
    }

    [Fact]
    public async Task TheComparisonSeesAColumnTheModelLacks()
    {
        // The drift check must be able to fail: add a column behind EF Core's back and compare again.
        await using (var owner = await Database.OpenOwnerConnectionAsync())
        await using (var alter = new NpgsqlCommand("ALTER TABLE grades ADD COLUMN colour text", owner))
        {
            await alter.ExecuteNonQueryAsync();
        }

        var databaseTables = await DescribeDatabaseAsync();
        var efTables = DescribeModel();

        Assert.Contains("grades.colour text NULL", databaseTables["grades"].Except(efTables["grades"]));
    }

    private Dictionary<string, HashSet<string>> DescribeModel()
    {
        var options = new DbContextOptionsBuilder<FactorHubDbContext>().UseNpgsql(Database.AppConnectionString).Options;
        using var context = new FactorHubDbContext(options);
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            var facts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var column in table.Columns)
            {
                facts.Add($"{table.Name}.{column.Name} {column.StoreType} {(column.IsNullable ? "NULL" : "NOT NULL")}");
            }
            if (table.PrimaryKey is { } primaryKey)
            {
                facts.Add($"{table.Name} PRIMARY KEY ({string.Join(", ", primaryKey.Columns.Select(c => c.Name))})");
            }
            foreach (var index in table.Indexes)
            {
                facts.Add(IndexFact(table.Name, index.Name, index.IsUnique, index.Columns.Select(c => c.Name), index.Filter));
            }
            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                facts.Add(ForeignKeyFact(table.Name, foreignKey.Columns.Select(c => c.Name), foreignKey.PrincipalTable.Name,
                    foreignKey.PrincipalColumns.Select(c => c.Name)));
            }
            tables[table.Name] = facts;
        }
        return tables;
    }

    private async Task<Dictionary<string, HashSet<string>>> DescribeDatabaseAsync()
    {
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> FactsOf(string table) =>
            tables.TryGetValue(table, out var facts) ? facts : tables[table] = new HashSet<string>(StringComparer.Ordinal);

        await using var connection = await Database.OpenOwnerConnectionAsync();
        await ReadAsync(connection,
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
            """,
            r => FactsOf(r.GetString(0)).Add($"{r.GetString(0)}.{r.GetString(1)} {r.GetString(2)} {(r.GetBoolean(3) ? "NOT NULL" : "NULL")}"));
        await ReadAsync(connection,
            """
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[],
                   pg_get_expr(ix.indpred, ix.indrelid)
            FROM pg_index ix
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relkind IN ('r', 'p') AND NOT t.relispartition
            """,
            r =>
            {
                var table = r.GetString(0);
                var columns = (string[])r.GetValue(4);
                FactsOf(table).Add(r.GetBoolean(3)
                    ? $"{table} PRIMARY KEY ({string.Join(", ", columns)})"
                    : IndexFact(table, r.GetString(1), r.GetBoolean(2), columns, r.IsDBNull(5) ? null : r.GetString(5)));
            });
        await ReadAsync(connection,
            """
            SELECT t.relname, p.relname,
                   array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[],
                   array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[]
            FROM pg_constraint con
            JOIN pg_class t ON t.oid = con.conrelid
            JOIN pg_class p ON p.oid = con.confrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND con.contype = 'f' AND NOT t.relispartition
            """,
            r => FactsOf(r.GetString(0)).Add(ForeignKeyFact(r.GetString(0), (string[])r.GetValue(2), r.GetString(1), (string[])r.GetValue(3))));
        return tables;
    }

    private static string IndexFact(string table, string name, bool unique, IEnumerable<string> columns, string? filter) =>
        $"{table} {(unique ? "UNIQUE INDEX" : "INDEX")} {name} ({string.Join(", ", columns)}){(filter is null ? "" : $" WHERE {filter.Trim('(', ')')}")}";

    private static string ForeignKeyFact(string table, IEnumerable<string> columns, string principal, IEnumerable<string> principalColumns) =>
        $"{table} FOREIGN KEY ({string.Join(", ", columns)}) REFERENCES {principal} ({string.Join(", ", principalColumns)})";

    private static async Task ReadAsync(NpgsqlConnection connection, string sql, Action<NpgsqlDataReader> row)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }
}
