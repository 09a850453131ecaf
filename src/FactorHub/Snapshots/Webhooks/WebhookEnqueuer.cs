using Npgsql;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>
/// Queues a publication's deliveries, one per active webhook, inside the publication's own transaction: a committed
/// snapshot always has its deliveries queued, and a publication that rolls back has none. The dispatcher is woken
/// after the commit (<see cref="WebhookDispatcher.OnPublishedAsync"/>); any instance's dispatcher finds the rows anyway.
/// </summary>
public sealed class WebhookEnqueuer(ILogger<WebhookEnqueuer> logger) : ISnapshotPublicationParticipant
{
    public async Task OnPublishingAsync(NpgsqlConnection connection, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        var queued = await WebhookOutbox.EnqueueAsync(connection, snapshot, cancellationToken);
        logger.LogInformation("Snapshot {Label}: {Count} webhook deliveries queued (they commit with the publication)", snapshot.Label, queued);
    }
}
