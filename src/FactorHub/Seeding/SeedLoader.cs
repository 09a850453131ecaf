using FactorHub.Snapshots;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactorHub.Seeding;

/// <summary>
/// Loads <c>seed-data/</c> into the database and publishes the first snapshot.
/// <list type="bullet">
/// <item>Reference files first (organisations, categories, grades, units, geographies), then every
/// <c>factors-*.csv</c> in ordinal name order.</item>
/// <item>All-or-nothing per file: every row is validated before the file's transaction writes anything; the
/// first bad row throws <see cref="SeedDataException"/> (file, line, column, reason) and the transaction is rolled back.</item>
/// <item>Idempotent: ids are name-based UUIDs, timestamps are fixed, and upserts skip equal rows, so a second
/// load reports every row unchanged and writes no tuple.</item>
/// </list>
/// </summary>
public static class SeedLoader
{
    /// <summary>The fixed created/accepted time of every seeded row, so re-seeding compares equal.</summary>
    public static readonly DateTimeOffset SeedTimestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reference files in load order: each may refer to the ones before it.</summary>
    public static readonly IReadOnlyList<string> ReferenceFiles =
        ["organisations.csv", "categories.csv", "grades.csv", "units.csv", "geographies.csv"];

    public const string FactorFilePattern = "factors-*.csv";

    // Serialises concurrent seeders (several replicas starting at once) on one database.
    private const long AdvisoryLockKey = 0x46_48_53_45_45_44; // "FHSEED"

    public static async Task<SeedSummary> LoadAsync(string connectionString, string seedDirectory, ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (!Directory.Exists(seedDirectory))
        {
            throw new DirectoryNotFoundException($"seed directory '{seedDirectory}' does not exist");
        }

        var factorFiles = FactorFiles(seedDirectory);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            var results = new List<SeedFileResult>
            {
                await LoadFileAsync(connection, seedDirectory, "organisations.csv", new OrganisationsSeedTable(), logger, cancellationToken),
                await LoadFileAsync(connection, seedDirectory, "categories.csv", new CategoriesSeedTable(), logger, cancellationToken),
                await LoadFileAsync(connection, seedDirectory, "grades.csv", new GradesSeedTable(), logger, cancellationToken),
                await LoadFileAsync(connection, seedDirectory, "units.csv", new UnitsSeedTable(), logger, cancellationToken),
                await LoadFileAsync(connection, seedDirectory, "geographies.csv", new GeographiesSeedTable(), logger, cancellationToken),
            };

            var factorCodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in factorFiles)
            {
                var table = new FactorsSeedTable(factorCodes);
                results.Add(await LoadFileAsync(connection, seedDirectory, file, table, logger, cancellationToken));
            }

            var factorCount = results.Where(r => r.Table == "factors").Sum(r => r.Rows);
            var snapshot = await InitialSnapshotPublisher.PublishIfNoneAsync(connection, logger, cancellationToken);
            var summary = new SeedSummary(results, factorCount, snapshot);
            logger.LogInformation(
                "Seed data loaded: {Files} files, {Factors} seed factors, {Inserted} rows inserted, {Updated} updated, {Unchanged} unchanged",
                results.Count, factorCount, summary.Inserted, summary.Updated, summary.Unchanged);
            return summary;
        }
        finally
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
    }

    /// <summary>The factor files of a seed directory, and a clear error for any other CSV that would be ignored.</summary>
    private static List<string> FactorFiles(string seedDirectory)
    {
        var factorFiles = new List<string>();
        foreach (var path in Directory.EnumerateFiles(seedDirectory, "*.csv"))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith("factors-", StringComparison.Ordinal))
            {
                factorFiles.Add(name);
            }
            else if (!ReferenceFiles.Contains(name))
            {
                throw new SeedDataException(name, 0, null,
                    $"not a seed file: reference files are {string.Join(", ", ReferenceFiles)}, factor files are named {FactorFilePattern}");
            }
        }

        factorFiles.Sort(StringComparer.Ordinal);
        return factorFiles;
    }

    private static async Task<SeedFileResult> LoadFileAsync<T>(NpgsqlConnection connection, string seedDirectory, string name,
        SeedTable<T> table, ILogger logger, CancellationToken cancellationToken)
    {
        var path = Path.Combine(seedDirectory, name);
        if (!File.Exists(path))
        {
            throw new SeedDataException(name, 0, null, "the file is missing from the seed directory");
        }

        var csv = SeedCsvFile.Read(path, name, table.RequiredColumns, table.OptionalColumns);
        var catalogue = await SeedCatalogue.LoadAsync(connection, cancellationToken);
        var rows = table.Validate(csv, catalogue);

        int inserted = 0, updated = 0, unchanged = 0;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        rows = await table.PrepareWriteAsync(rows, connection, transaction, cancellationToken);
        foreach (var (row, record) in rows)
        {
            UpsertOutcome outcome;
            try
            {
                outcome = await table.WriteAsync(record, connection, transaction, cancellationToken);
            }
            catch (PostgresException exception)
            {
                // The validation above mirrors the schema; this is the backstop, still naming the line.
                throw row.Error(exception.ColumnName, $"the database refused the row: {exception.MessageText}");
            }

            switch (outcome)
            {
                case UpsertOutcome.Inserted: inserted++; break;
                case UpsertOutcome.Updated: updated++; break;
                default: unchanged++; break;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seed file {File}: {Rows} rows, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged",
            name, rows.Count, inserted, updated, unchanged);
        return new SeedFileResult(name, table.Table, rows.Count, inserted, updated, unchanged);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
