using FactorHub.Seeding;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactorHub.Snapshots;

/// <summary>What the first-snapshot step did.</summary>
/// <param name="Label">The snapshot label (<c>2026.00</c>), or the label of the snapshot that already existed.</param>
/// <param name="Published">True when this call published it; false when a published snapshot already existed.</param>
public sealed record InitialSnapshotResult(string Label, bool Published, int FactorCount, string ContentDigest);

/// <summary>
/// Publishes the seed data as the first snapshot, <c>2026.00</c>, synchronously and in one transaction, so that a
/// fresh start serves a catalogue. Does nothing once any snapshot is published: later snapshots come from the
/// scheduled or curator-triggered publication, not from seeding.
/// </summary>
public static class InitialSnapshotPublisher
{
    public const string Label = "2026.00";

    public const string DescriptionZh = "初始快照：种子数据（官方统计、文献与合成示例因子）";

    public const string DescriptionEn = "Initial snapshot: the seed data (official statistics, literature and synthetic example factors)";

    private const long AdvisoryLockKey = 0x46_48_53_4E_41_50; // "FHSNAP"

    public static async Task<InitialSnapshotResult> PublishIfNoneAsync(NpgsqlConnection connection, ILogger logger,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var existing = new NpgsqlCommand(
            "SELECT label, factor_count, content_digest FROM snapshots WHERE status = 'published' ORDER BY label LIMIT 1",
            connection, transaction))
        await using (var reader = await existing.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                var result = new InitialSnapshotResult(reader.GetString(0), false, reader.GetInt32(1), reader.GetString(2));
                logger.LogInformation("Snapshot {Label} is already published; seeding publishes nothing", result.Label);
                return result;
            }
        }

        var snapshotId = DeterministicGuid.Create("snapshot:" + Label);
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO snapshots (id, label, status, cutoff_at, description_zh, description_en, created_by)
            VALUES (@id, @label, 'building', transaction_timestamp(), @description_zh, @description_en, @created_by)
            """,
            cancellationToken,
            ("id", snapshotId), ("label", Label), ("description_zh", DescriptionZh), ("description_en", DescriptionEn),
            ("created_by", FactorsSeedTable.Actor));

        // Every factor's latest accepted version as of the cut-off.
        await ExecuteAsync(connection, transaction,
            """
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id, state)
            SELECT DISTINCT ON (v.factor_id) @id, v.factor_id, v.id, 'active'
            FROM factor_versions v
            WHERE v.status = 'accepted' AND v.accepted_at <= transaction_timestamp()
            ORDER BY v.factor_id, v.version_number DESC
            """,
            cancellationToken, ("id", snapshotId));

        var (_, digest, members) = await SnapshotDigest.ComputeAsync(connection, transaction, snapshotId, cancellationToken);
        await ExecuteAsync(connection, transaction,
            """
            UPDATE snapshots
            SET status = 'published', published_at = transaction_timestamp(), factor_count = @factor_count, content_digest = @digest
            WHERE id = @id
            """,
            cancellationToken, ("id", snapshotId), ("factor_count", members), ("digest", digest));
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Published snapshot {Label}: {Factors} factors, content digest {Digest}", Label, members, digest);
        return new InitialSnapshotResult(Label, true, members, digest);
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
