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

    public static void ValidateLabel(string label)
    {
        if (!LabelPattern().IsMatch(label))
        {
            throw new SnapshotPublicationException($"Snapshot label '{label}' does not follow the scheme YYYY.NN (e.g. 2027.01).");
        }
    }

    /// <summary>Publishes <paramref name="label"/> in its own transaction.</summary>
    public static async Task<PublishedSnapshot> PublishAsync(NpgsqlConnection connection, string label, string createdBy,
        ILogger logger, CancellationToken cancellationToken, string? descriptionZh = null, string? descriptionEn = null)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        var published = await PublishInTransactionAsync(connection, transaction, label, createdBy, logger, cancellationToken,
            descriptionZh, descriptionEn);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    /// <summary>Takes the publication lock for the rest of <paramref name="transaction"/>.</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Publishes within a transaction the caller commits; the caller holds the lock (<see cref="LockAsync"/>).</summary>
    public static async Task<PublishedSnapshot> PublishInTransactionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string label, string createdBy, ILogger logger, CancellationToken cancellationToken,
        string? descriptionZh = null, string? descriptionEn = null, Guid? snapshotId = null)
    {
        ValidateLabel(label);
        Guid? previousId = null;
        string? previousLabel = null;
        await using (var latest = new NpgsqlCommand(
            "SELECT id, label FROM snapshots WHERE status = 'published' ORDER BY label DESC LIMIT 1", connection, transaction))
        await using (var reader = await latest.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                previousId = reader.GetGuid(0);
                previousLabel = reader.GetString(1);
            }
        }
        if (previousLabel is not null && string.CompareOrdinal(label, previousLabel) <= 0)
        {
            throw new SnapshotPublicationException(
                $"Snapshot label '{label}' must sort after the latest published snapshot '{previousLabel}'.");
        }

        var id = snapshotId ?? Guid.CreateVersion7();
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO snapshots (id, label, status, cutoff_at, previous_snapshot_id, description_zh, description_en, created_by)
            VALUES (@id, @label, 'building', transaction_timestamp(), @previous, @description_zh, @description_en, @created_by)
            """,
            cancellationToken,
            ("id", id), ("label", label), ("previous", (object?)previousId ?? DBNull.Value),
            ("description_zh", (object?)descriptionZh ?? DBNull.Value), ("description_en", (object?)descriptionEn ?? DBNull.Value),
            ("created_by", createdBy));

        // Every factor's latest accepted version as of the cut-off.
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id, state)
            SELECT DISTINCT ON (v.factor_id) @id, v.factor_id, v.id, 'active'
            FROM factor_versions v
            WHERE v.status = 'accepted' AND v.accepted_at <= transaction_timestamp()
            ORDER BY v.factor_id, v.version_number DESC
            """,
            cancellationToken, ("id", id));

        var (_, digest, members) = await SnapshotDigest.ComputeAsync(connection, transaction, id, cancellationToken);
        await ExecuteAsync(connection, transaction,
            """
            UPDATE snapshots
            SET status = 'published', published_at = transaction_timestamp(), factor_count = @factor_count, content_digest = @digest
            WHERE id = @id
            """,
            cancellationToken, ("id", id), ("factor_count", members), ("digest", digest));

        logger.LogInformation("Published snapshot {Label}: {Factors} factors, content digest {Digest}", label, members, digest);
        return new PublishedSnapshot(id, label, members, digest, previousLabel);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A publication was refused (label scheme or order); nothing was written.</summary>
public sealed class SnapshotPublicationException(string message) : Exception(message);
