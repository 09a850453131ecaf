using FactorHub.Snapshots.Downloads;
using Npgsql;

namespace FactorHub.Snapshots;

/// <summary>
/// The one way the service publishes (schedule, <c>publishSnapshot</c>, <c>publish --label</c>): the database part in one
/// transaction (<see cref="SnapshotPublisher"/>), the download files staged and the participants' work done inside it
/// (webhook deliveries are queued there), the files moved into place after the commit, then the observers told. A
/// failure or cancellation anywhere before the commit leaves no snapshot, no membership, no files and no participant's
/// rows.
/// </summary>
public sealed class SnapshotPublication(
    NpgsqlDataSource dataSource,
    SnapshotArtifactStore artifacts,
    IEnumerable<ISnapshotPublishedObserver> observers,
    ILogger<SnapshotPublication> logger,
    SnapshotIndexRegistry? catalogue = null,
    IEnumerable<ISnapshotPublicationParticipant>? participants = null)
{
    /// <summary>
    /// Publishes <paramref name="label"/>; <paramref name="afterStaging"/> runs last inside the transaction, once the
    /// files are staged and the participants have done their part (tests inject faults there).
    /// </summary>
    public async Task<PublishedSnapshot> PublishAsync(string label, string createdBy, CancellationToken cancellationToken,
        DateTimeOffset? cutoffAt = null, string? descriptionZh = null, string? descriptionEn = null,
        Func<CancellationToken, Task>? afterStaging = null)
    {
        SnapshotPublisher.ValidateLabel(label);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var staging = artifacts.CreateStaging();
        try
        {
            var published = await SnapshotPublisher.PublishAsync(connection, label, createdBy, logger, cancellationToken,
                descriptionZh, descriptionEn, cutoffAt, async (building, token) =>
                {
                    await artifacts.WriteAsync(connection, building.Id, staging, token, building);
                    foreach (var participant in participants ?? [])
                    {
                        await participant.OnPublishingAsync(connection, building, token);
                    }
                    if (afterStaging is not null)
                    {
                        await afterStaging(token);
                    }
                });
            artifacts.Promote(staging, label);
            // This process serves the new snapshot as "latest" at once; other replicas within their refresh interval.
            catalogue?.ForgetPublishedList();
            foreach (var observer in observers)
            {
                try
                {
                    await observer.OnPublishedAsync(published, CancellationToken.None);
                }
                catch (Exception exception)
                {
                    // The snapshot is published whatever a subscriber does; the observer records its own failures.
                    logger.LogError(exception, "Notifying {Observer} of snapshot {Label} failed", observer.GetType().Name, label);
                }
            }
            return published;
        }
        finally
        {
            artifacts.DeleteStaging(staging);
        }
    }
}

/// <summary>Told after a snapshot is committed (webhooks: wake the dispatcher).</summary>
public interface ISnapshotPublishedObserver
{
    Task OnPublishedAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken);
}

/// <summary>
/// Does its part of a publication inside the publication's transaction (webhooks: queue the deliveries), so that its
/// rows commit with the snapshot or not at all. Called after the download files are staged and before the snapshot is
/// marked published; throwing rolls the whole publication back.
/// </summary>
public interface ISnapshotPublicationParticipant
{
    /// <summary>Runs on <paramref name="connection"/>, whose transaction is the publication's (commands join it).</summary>
    Task OnPublishingAsync(NpgsqlConnection connection, PublishedSnapshot snapshot, CancellationToken cancellationToken);
}
