using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using static FactorHub.Tests.Snapshots.WebhookTestKit;

namespace FactorHub.Tests.Snapshots;

/// <summary>The seed's first snapshot queues its deliveries in its transaction too.</summary>
public sealed class WebhookSeedPublicationTests : DatabaseTest
{
    [Fact]
    public async Task TheInitialSnapshotQueuesADeliveryForAWebhookRegisteredBeforeIt()
    {
        var webhook = await InsertWebhookAsync(Database, "https://a.example/hook");
        await using var connection = await Database.OpenAppConnectionAsync();

        var result = await InitialSnapshotPublisher.PublishIfNoneAsync(connection,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);

        Assert.True(result.Published);
        Assert.Equal($"{InitialSnapshotPublisher.Label}:pending:0", await QueueAsync(Database, webhook));
        Assert.True(await connection.ScalarAsync<bool>(
            "SELECT o.xmin = s.xmin FROM webhook_outbox o JOIN snapshots s ON s.label = o.snapshot_label WHERE o.webhook_id = @id", ("id", webhook)));
    }
}
