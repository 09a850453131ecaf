using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactorHub.Snapshots;

/// <summary>What a publication produced.</summary>
public sealed record PublishedSnapshot(Guid Id, string Label, int FactorCount, string ContentDigest, string? PreviousLabel);

/// <summary>
/// Publishes a snapshot synchronously, in one transaction: the snapshot row (building) → for every factor its latest
/// accepted version as of the cut-off → factor count and content digest → published. Either all of it commits or
/// nothing does. Labels follow <c>YYYY.NN</c> and must sort after every published label, so labels order chronologically.
/// </summary>
public static partial class SnapshotPublisher
{
    // Serialises publications on one database (several replicas, the schedule and a curator at once).
    public const long AdvisoryLockKey = 0x46_48_53_4E_41_50; // "FHSNAP"

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]{2}$")]
    private static partial Regex LabelPattern();

    public static bool IsLabel(string label) => LabelPattern().IsMatch(label);

    public static void ValidateLabel(string label)
    {
        if (!LabelPattern().IsMatch(label))
        {
            throw new SnapshotPublicationException($"Snapshot label '{label}' does not follow the scheme YYYY.NN (e.g. 2027.01).");
        }
    }

    /// <summary>
    /// Publishes <paramref name="label"/> in its own transaction. On any failure or cancellation the transaction rolls
    /// back (no members, no published row); a row scheduled beforehand is then marked <c>failed</c>.
    /// </summary>
    public static async Task<PublishedSnapshot> PublishAsync(NpgsqlConnection connection, string label, string createdBy,
        ILogger logger, CancellationToken cancellationToken, string? descriptionZh = null, string? descriptionEn = null,
        DateTimeOffset? cutoffAt = null, Func<PublishedSnapshot, CancellationToken, Task>? build = null)
    {
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockAsync(connection, transaction, cancellationToken);
            var published = await PublishInTransactionAsync(connection, transaction, label, createdBy, logger, cancellationToken,
                descriptionZh, descriptionEn, cutoffAt: cutoffAt, build: build);
            await transaction.CommitAsync(cancellationToken);
            return published;
        }
        catch (Exception exception) when (exception is not SnapshotPublicationException)
        {
            logger.LogError(exception, "Publication of snapshot {Label} failed; nothing of it was kept", label);
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await MarkFailedAsync(connection, label, CancellationToken.None);
            }
            throw;
        }
    }

    /// <summary>Takes the publication lock for the rest of <paramref name="transaction"/>.</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Records a snapshot as <c>scheduled</c>: its label and cut-off are fixed now, its content is built later by
    /// <see cref="PublishAsync"/> with the same label. Refuses labels outside the scheme, out of order, or taken.
    /// </summary>
    public static async Task ScheduleAsync(NpgsqlConnection connection, string label, DateTimeOffset cutoffAt, string createdBy,
        CancellationToken cancellationToken)
    {
        ValidateLabel(label);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        var (previousId, previousLabel) = await LatestPublishedAsync(connection, transaction, cancellationToken);
        EnsureOrder(label, previousLabel);
        if (await FindAsync(connection, transaction, label, cancellationToken) is not null)
        {
            throw new SnapshotPublicationException($"Snapshot label '{label}' is already used by another snapshot.");
        }
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO snapshots (id, label, status, cutoff_at, previous_snapshot_id, created_by)
            VALUES (@id, @label, 'scheduled', @cutoff, @previous, @created_by)
            """,
            cancellationToken, ("id", Guid.CreateVersion7()), ("label", label), ("cutoff", cutoffAt),
            ("previous", (object?)previousId ?? DBNull.Value), ("created_by", createdBy));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Marks a scheduled snapshot whose build failed as <c>failed</c>, in a transaction of its own (the build's was
    /// rolled back, so it has no members). Does nothing when no scheduled row has that label.
    /// </summary>
    public static async Task MarkFailedAsync(NpgsqlConnection connection, string label, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE snapshots SET status = 'failed' WHERE label = @label AND status IN ('scheduled', 'building')", connection);
        command.Parameters.AddWithValue("label", label);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes within a transaction the caller commits; the caller holds the lock (<see cref="LockAsync"/>).
    /// The stages run in order scheduled/new row → building → members → digest → published; <paramref name="build"/>
    /// is awaited after the members are written (the artifacts are staged there, and tests inject faults there).
    /// The cut-off is <paramref name="cutoffAt"/>, else the scheduled row's, else the transaction's start.
    /// </summary>
    public static async Task<PublishedSnapshot> PublishInTransactionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string label, string createdBy, ILogger logger, CancellationToken cancellationToken,
        string? descriptionZh = null, string? descriptionEn = null, Guid? snapshotId = null, DateTimeOffset? cutoffAt = null,
        Func<PublishedSnapshot, CancellationToken, Task>? build = null)
    {
        ValidateLabel(label);
        var (previousId, previousLabel) = await LatestPublishedAsync(connection, transaction, cancellationToken);
        EnsureOrder(label, previousLabel);

        var existing = await FindAsync(connection, transaction, label, cancellationToken);
        Guid id;
        if (existing is { } row)
        {
            if (row.Status != "scheduled" && row.Status != "failed")
            {
                throw new SnapshotPublicationException($"Snapshot label '{label}' is already used by another snapshot.");
            }
            // A scheduled (or earlier failed) snapshot is built under its own id and, unless overridden, its own cut-off.
            id = row.Id;
            await ExecuteAsync(connection, transaction,
                """
                UPDATE snapshots
                SET status = 'building', cutoff_at = COALESCE(@cutoff, cutoff_at), previous_snapshot_id = @previous,
                    description_zh = COALESCE(@description_zh, description_zh), description_en = COALESCE(@description_en, description_en)
                WHERE id = @id
                """,
                cancellationToken, ("id", id), ("cutoff", (object?)cutoffAt ?? DBNull.Value),
                ("previous", (object?)previousId ?? DBNull.Value),
                ("description_zh", (object?)descriptionZh ?? DBNull.Value), ("description_en", (object?)descriptionEn ?? DBNull.Value));
        }
        else
        {
            id = snapshotId ?? Guid.CreateVersion7();
            await ExecuteAsync(connection, transaction,
                """
                INSERT INTO snapshots (id, label, status, cutoff_at, previous_snapshot_id, description_zh, description_en, created_by)
                VALUES (@id, @label, 'building', COALESCE(@cutoff, transaction_timestamp()), @previous, @description_zh, @description_en, @created_by)
                """,
                cancellationToken,
                ("id", id), ("label", label), ("cutoff", (object?)cutoffAt ?? DBNull.Value), ("previous", (object?)previousId ?? DBNull.Value),
                ("description_zh", (object?)descriptionZh ?? DBNull.Value), ("description_en", (object?)descriptionEn ?? DBNull.Value),
                ("created_by", createdBy));
        }

        await InsertMembersAsync(connection, transaction, id, cancellationToken);

        var (digest, members) = await SnapshotDigest.ComputeDigestAsync(connection, transaction, id, cancellationToken);
        var published = new PublishedSnapshot(id, label, members, digest, previousLabel);
        if (build is not null)
        {
            await build(published, cancellationToken);
        }
        await ExecuteAsync(connection, transaction,
            """
            UPDATE snapshots
            SET status = 'published', published_at = transaction_timestamp(), factor_count = @factor_count, content_digest = @digest
            WHERE id = @id
            """,
            cancellationToken, ("id", id), ("factor_count", members), ("digest", digest));

        logger.LogInformation("Published snapshot {Label}: {Factors} factors, content digest {Digest}", label, members, digest);
        return published;
    }

    /// <summary>
    /// For every factor, its latest version accepted by the cut-off; the member is <c>withdrawn</c> when that version's
    /// last withdrawn/reinstated event by the cut-off is a withdrawal (the factor stays listed, so engines see it went).
    /// The database function builds the snapshot's membership as a table of its own in bulk and attaches it as the
    /// snapshot's partition of <c>snapshot_members</c> (migrations/0006), inside this transaction.
    /// </summary>
    public const string MembersSql = "SELECT build_snapshot_membership(@id)";

    private static Task InsertMembersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id,
        CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, MembersSql, cancellationToken, ("id", id));

    private static async Task<(Guid? Id, string? Label)> LatestPublishedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using var latest = new NpgsqlCommand(
            "SELECT id, label FROM snapshots WHERE status = 'published' ORDER BY label DESC LIMIT 1", connection, transaction);
        await using var reader = await latest.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1)) : (null, null);
    }

    private static async Task<(Guid Id, string Status)?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string label, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, status FROM snapshots WHERE label = @label", connection, transaction);
        command.Parameters.AddWithValue("label", label);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1)) : null;
    }

    private static void EnsureOrder(string label, string? previousLabel)
    {
        if (previousLabel is not null && string.CompareOrdinal(label, previousLabel) <= 0)
        {
            throw new SnapshotPublicationException(
                $"Snapshot label '{label}' must sort after the latest published snapshot '{previousLabel}'.");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        // A large snapshot takes longer than Npgsql's 30 s default; the caller's cancellation token bounds it instead.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A publication was refused (label scheme or order); nothing was written.</summary>
public sealed class SnapshotPublicationException(string message) : Exception(message);
