using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Database;

/// <summary>
/// Applies the numbered SQL files of the migrations directory (<c>NNNN_name.sql</c>) in order, each in its own transaction,
/// and records each in <c>schema_migrations</c> with its SHA-256 checksum. Refuses to run when an applied file was edited,
/// renamed or removed. A session-level advisory lock held for the whole run makes concurrent migrators (several instances
/// starting at once) take turns: the first applies, the others find nothing left to do.
/// Connect as the role that owns the schema (<c>ConnectionStrings:FactorHubOwner</c>).
/// </summary>
public sealed class SqlMigrator
{
    public const string HistoryTable = "schema_migrations";

    /// <summary>The pg_advisory_lock key reserved for FactorHub's migrator (the ASCII bytes of "FHMIGRAT").</summary>
    public const long AdvisoryLockKey = 0x46484D4947524154;

    private readonly string _connectionString;
    private readonly ILogger _logger;

    /// <param name="connectionString">A connection string for the schema owner.</param>
    /// <param name="migrationsDirectory">Where the <c>NNNN_name.sql</c> files are; by default <see cref="DefaultMigrationsDirectory"/>.</param>
    /// <param name="logger">Receives one line per applied file.</param>
    public SqlMigrator(string connectionString, string? migrationsDirectory = null, ILogger<SqlMigrator>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        // A connection string of its own gives the migrator its own Npgsql data source, so the type information Npgsql caches
        // per data source is not loaded before the migrations create types (enums) that later users of the owner string need.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "factorhub-migrator" }.ConnectionString;
        MigrationsDirectory = Path.GetFullPath(migrationsDirectory ?? DefaultMigrationsDirectory);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The <c>migrations</c> folder next to the application's binaries (copied there by the build).</summary>
    public static string DefaultMigrationsDirectory => Path.Combine(AppContext.BaseDirectory, "migrations");

    public string MigrationsDirectory { get; }

    /// <summary>Applies every pending migration and returns what it applied, in order (empty when the schema was up to date).</summary>
    /// <exception cref="MigrationException">The files are inconsistent, an applied file changed, or a migration failed (it is rolled back).</exception>
    public async Task<IReadOnlyList<AppliedMigration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Read and validate the files before touching the database.
        var scripts = MigrationScript.LoadDirectory(MigrationsDirectory);

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await AcquireLockAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                $"""
                CREATE TABLE IF NOT EXISTS public.{HistoryTable} (
                    version integer PRIMARY KEY CHECK (version > 0),
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    execution_ms bigint NOT NULL
                )
                """,
                cancellationToken).ConfigureAwait(false);

            var history = await ReadHistoryAsync(connection, cancellationToken).ConfigureAwait(false);
            Verify(scripts, history);

            var pending = scripts.Where(s => !history.Any(h => h.Version == s.Version)).ToList();
            if (pending.Count == 0)
            {
                _logger.LogInformation("Database schema is up to date ({Count} migrations applied)", history.Count);
                return [];
            }
            _logger.LogInformation("Applying {Count} pending migration(s) from {Directory}", pending.Count, MigrationsDirectory);
            var applied = new List<AppliedMigration>(pending.Count);
            foreach (var script in pending)
            {
                applied.Add(await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false));
            }
            return applied;
        }
        finally
        {
            await ReleaseLockAsync(connection).ConfigureAwait(false);
            // Close the physical connection too: the owner's session is not needed until the next migration run.
            NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>The rows of <c>schema_migrations</c> in version order; empty when no migration has run yet.</summary>
    public async Task<IReadOnlyList<AppliedMigration>> GetHistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('public.{HistoryTable}') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            return [];
        }
        return await ReadHistoryAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    private async Task AcquireLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        tryLock.Parameters.AddWithValue(AdvisoryLockKey);
        if (await tryLock.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
        {
            return;
        }
        _logger.LogInformation("Another migrator is running on this database; waiting for it to finish");
        await using var waitLock = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0 };
        waitLock.Parameters.AddWithValue(AdvisoryLockKey);
        await waitLock.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReleaseLockAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return; // A broken session has released its locks on the server already.
        }
        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            unlock.Parameters.AddWithValue(AdvisoryLockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // Same: the lock ends with the session; do not hide the error that got us here.
        }
    }

    private static async Task<List<AppliedMigration>> ReadHistoryAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT version, name, checksum, applied_at, execution_ms FROM public.{HistoryTable} ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<AppliedMigration>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new AppliedMigration(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetInt64(4)));
        }
        return rows;
    }

    private void Verify(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<AppliedMigration> history)
    {
        foreach (var row in history)
        {
            var script = scripts.FirstOrDefault(s => s.Version == row.Version);
            if (script is null)
            {
                throw new MigrationException(
                    $"Migration {row.FileName} was applied to this database but is not in '{MigrationsDirectory}'. " +
                    "The database's schema is newer than this build of FactorHub, or the file was deleted.");
            }
            if (script.Name != row.Name)
            {
                throw new MigrationException(
                    $"Migration number {row.Version:D4} was applied to this database as {row.FileName}, " +
                    $"but '{MigrationsDirectory}' has {script.FileName} under that number. Applied migrations must not be renamed.");
            }
            if (script.Checksum != row.Checksum)
            {
                throw new MigrationException(
                    $"Migration {script.FileName} was edited after it was applied to this database: its checksum is now " +
                    $"sha256:{script.Checksum}, but sha256:{row.Checksum} was recorded when it was applied. " +
                    $"Applied migrations must never change: restore the file and put the change in a new migration " +
                    $"({scripts.Count + 1:D4}_name.sql).");
            }
        }
    }

    private async Task<AppliedMigration> ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Statement by statement, so that a failure can be traced to its line in the file.
        foreach (var statement in SqlScript.Split(script.Sql))
        {
            try
            {
                await using var command = new NpgsqlCommand(statement.Text, connection, transaction) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw new MigrationException(DescribeFailure(script, statement, ex), ex);
            }
        }
        var elapsed = stopwatch.ElapsedMilliseconds;

        await using var record = new NpgsqlCommand(
            $"INSERT INTO public.{HistoryTable} (version, name, checksum, execution_ms) VALUES ($1, $2, $3, $4) RETURNING applied_at",
            connection,
            transaction);
        record.Parameters.AddWithValue(script.Version);
        record.Parameters.AddWithValue(script.Name);
        record.Parameters.AddWithValue(script.Checksum);
        record.Parameters.AddWithValue(elapsed);
        var appliedAt = (DateTime)(await record.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        _logger.LogInformation("Applied migration {FileName} in {Milliseconds} ms", script.FileName, elapsed);
        return new AppliedMigration(script.Version, script.Name, script.Checksum, new DateTimeOffset(appliedAt, TimeSpan.Zero), elapsed);
    }

    /// <summary>"Migration 0002_x.sql failed at line 7 and was rolled back: 42P01: relation "y" does not exist".</summary>
    private static string DescribeFailure(MigrationScript script, SqlScript.Statement statement, PostgresException ex)
    {
        // PostgreSQL's position is 1-based within the statement; without one (e.g. an error raised inside a function)
        // the statement's first line is reported.
        var offset = statement.Offset + (ex.Position > 0 ? ex.Position - 1 : 0);
        return $"Migration {script.FileName} failed at line {SqlScript.LineOf(script.Sql, offset)} and was rolled back: " +
            $"{ex.SqlState}: {ex.MessageText}";
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
