using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Seeding;

/// <summary>A column written by the seed loader: its name, its PostgreSQL type and how to read it from a record.</summary>
internal sealed record SeedColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value)
{
    public NpgsqlParameter Parameter(T record) => new(Name, Type) { Value = Value(record) ?? DBNull.Value };
}

/// <summary>Builds the idempotent upsert that leaves an equal row untouched (no new tuple, no trigger).</summary>
internal static class SeedUpsert
{
    /// <summary>
    /// <c>INSERT … ON CONFLICT (key) DO UPDATE SET … WHERE (row) IS DISTINCT FROM (excluded) RETURNING (xmax = 0)</c>:
    /// one result row with <c>true</c> when inserted, <c>false</c> when updated, no result row when unchanged.
    /// </summary>
    public static string Sql<T>(string table, string conflictKey, IReadOnlyList<SeedColumn<T>> insertColumns,
        IReadOnlyList<SeedColumn<T>> updateColumns)
    {
        var names = string.Join(", ", insertColumns.Select(c => c.Name));
        var values = string.Join(", ", insertColumns.Select(c => "@" + c.Name));
        var set = string.Join(", ", updateColumns.Select(c => $"{c.Name} = EXCLUDED.{c.Name}"));
        var current = string.Join(", ", updateColumns.Select(c => $"{table}.{c.Name}"));
        var proposed = string.Join(", ", updateColumns.Select(c => $"EXCLUDED.{c.Name}"));
        return $"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT ({conflictKey}) DO UPDATE SET {set} " +
               $"WHERE ({current}) IS DISTINCT FROM ({proposed}) RETURNING (xmax = 0) AS inserted";
    }

    public static async Task<UpsertOutcome> ExecuteAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string sql, IEnumerable<SeedColumn<T>> columns, T record, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var column in columns)
        {
            command.Parameters.Add(column.Parameter(record));
        }

        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result switch
        {
            true => UpsertOutcome.Inserted,
            false => UpsertOutcome.Updated,
            _ => UpsertOutcome.Unchanged,
        };
    }
}

internal enum UpsertOutcome
{
    Unchanged,
    Inserted,
    Updated,
}
