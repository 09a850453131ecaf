using Npgsql;

namespace FactorHub.Seeding;

/// <summary>
/// How one kind of seed file maps onto its table: the columns it accepts, the per-row validation (run over the
/// whole file before anything is written) and the idempotent write of one validated row.
/// </summary>
internal abstract class SeedTable<T>
{
    public abstract string Table { get; }

    public abstract IReadOnlyList<string> RequiredColumns { get; }

    public abstract IReadOnlyList<string> OptionalColumns { get; }

    /// <summary>Validates every row; throws <see cref="SeedDataException"/> at the first bad one.</summary>
    public abstract IReadOnlyList<(SeedRow Row, T Record)> Validate(SeedCsvFile file, SeedCatalogue catalogue);

    /// <summary>
    /// Checks that need the database, inside the file's transaction and before the first write; returns the
    /// records to write (a table may attach ids of rows that already exist).
    /// </summary>
    public virtual Task<IReadOnlyList<(SeedRow Row, T Record)>> PrepareWriteAsync(IReadOnlyList<(SeedRow Row, T Record)> rows,
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) => Task.FromResult(rows);

    public abstract Task<UpsertOutcome> WriteAsync(T record, NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken);

    /// <summary>Rejects a second row with the same key in one file, naming the line of the first.</summary>
    protected static void RequireUnique<TKey>(Dictionary<TKey, int> seen, TKey key, SeedRow row, string column)
        where TKey : notnull
    {
        if (!seen.TryAdd(key, row.Line))
        {
            throw row.Error(column, $"'{key}' is already defined on line {seen[key]}");
        }
    }
}
