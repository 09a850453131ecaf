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

    public static async Task<InitialSnapshotResult> PublishIfNoneAsync(NpgsqlConnection connection, ILogger logger,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SnapshotPublisher.LockAsync(connection, transaction, cancellationToken);

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

        var published = await SnapshotPublisher.PublishInTransactionAsync(connection, transaction, Label, FactorsSeedTable.Actor,
            logger, cancellationToken, DescriptionZh, DescriptionEn, DeterministicGuid.Create("snapshot:" + Label));
        // Like every publication, its webhook deliveries commit with it (webhooks registered before seeding get it).
        await Webhooks.WebhookOutbox.EnqueueAsync(connection, published, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InitialSnapshotResult(Label, true, published.FactorCount, published.ContentDigest);
    }
}
