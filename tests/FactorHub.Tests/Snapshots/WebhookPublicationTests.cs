using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Snapshots;
using FactorHub.Snapshots.Webhooks;
using FactorHub.Tests.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using static FactorHub.Tests.Snapshots.WebhookTestKit;

namespace FactorHub.Tests.Snapshots;

/// <summary>
/// A publication queues its webhook deliveries in its own transaction: a committed snapshot has exactly one queued
/// delivery per active webhook (with no dispatcher running), a rolled-back one has none.
/// </summary>
public sealed class WebhookPublicationTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task ACommittedPublicationHasOneQueuedDeliveryPerActiveWebhookWrittenByItsOwnTransaction()
    {
        var first = await InsertWebhookAsync(Database, "https://a.example/hook");
        var second = await InsertWebhookAsync(Database, "https://b.example/hook");
        var inactive = await InsertWebhookAsync(Database, "https://c.example/hook");
        await using var connection = await Database.OpenAppConnectionAsync();
        await connection.ExecuteAsync("UPDATE webhooks SET active = false WHERE id = @id", ("id", inactive));
        await using var host = new FactorHubWebApplicationFactory(Database,
            new Dictionary<string, string?> { ["Snapshots:Webhooks:DispatcherEnabled"] = "false" });

        var published = await host.Services.GetRequiredService<SnapshotPublication>().PublishAsync("2026.01", "curator", CancellationToken.None);

        // No dispatcher ran: the rows come from the publication alone.
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), service => service is WebhookDispatcher);
        var rows = new List<string>();
        await using (var select = new NpgsqlCommand(
            """
            SELECT o.webhook_id, o.state, o.attempts, o.xmin = s.xmin, o.body
            FROM webhook_outbox o JOIN snapshots s ON s.label = o.snapshot_label AND s.status = 'published'
            """, connection))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                // xmin is the transaction that wrote a row: the same as the one that marked the snapshot published.
                rows.Add($"{reader.GetGuid(0)}:{reader.GetString(1)}:{reader.GetInt32(2)}:same transaction {reader.GetBoolean(3)}");
                using var body = JsonDocument.Parse(reader.GetFieldValue<byte[]>(4));
                Assert.Equal((published.Label, published.FactorCount, published.ContentDigest, "2026.00"),
                    (body.RootElement.GetProperty("label").GetString(), body.RootElement.GetProperty("factorCount").GetInt32(),
                        body.RootElement.GetProperty("contentDigest").GetString(), body.RootElement.GetProperty("previous").GetString()));
            }
        }
        Assert.Equal(new[] { first, second }.Select(id => $"{id}:pending:0:same transaction True").Order(), rows.Order());
    }

    [Fact]
    public async Task APublicationThatFailsAfterStagingLeavesNoQueuedDelivery()
    {
        var webhook = await InsertWebhookAsync(Database, "https://a.example/hook");
        await using var host = new FactorHubWebApplicationFactory(Database);
        var publication = host.Services.GetRequiredService<SnapshotPublication>();
        var lockedWhileStaged = false;

        var fault = await Assert.ThrowsAsync<InvalidOperationException>(() => publication.PublishAsync("2026.01", "curator",
            CancellationToken.None, afterStaging: async _ =>
            {
                // The deliveries are queued by now: queueing holds the active webhooks' rows FOR SHARE until the end.
                lockedWhileStaged = await IsRowLockedAsync(webhook);
                throw new InvalidOperationException("fault injected after staging");
            }));

        Assert.Equal("fault injected after staging", fault.Message);
        Assert.True(lockedWhileStaged, "the publication's transaction had queued the delivery before the fault");
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM webhook_outbox"));
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshots WHERE label = '2026.01' AND status = 'published'"));
        Assert.False(await IsRowLockedAsync(webhook));

        // Publishing the same label again succeeds and queues the delivery exactly once.
        await publication.PublishAsync("2026.01", "curator", CancellationToken.None);
        Assert.Equal("2026.01:pending:0", await QueueAsync(Database, webhook));
    }

    [Fact]
    public async Task ADeactivationDuringAPublicationWaitsForItAndCancelsTheDeliveryItQueued()
    {
        await using var host = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        using var client = IdentityTestKit.Client(host, (await IdentityTestKit.CreateFullTokenAsync(host, user, Roles.Consumer)).Token);
        var (_, registered, text) = await IdentityTestKit.GraphQLAsync(client,
            $$"""mutation { registerWebhook(input: { url: "https://a.example/hook", secret: "{{Secret}}" }) { webhook { id } errors { code } } }""");
        var webhook = registered.GetProperty("data").GetProperty("registerWebhook").GetProperty("webhook").GetProperty("id").GetString()
            ?? throw new InvalidOperationException(text);
        var staged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var publishing = host.Services.GetRequiredService<SnapshotPublication>().PublishAsync("2026.01", "curator", CancellationToken.None,
            afterStaging: async _ =>
            {
                staged.SetResult();
                await release.Task;
            });
        Task<(HttpResponseMessage, JsonElement Body, string)> deactivating;
        try
        {
            await staged.Task.WaitAsync(TimeSpan.FromSeconds(30));
            deactivating = IdentityTestKit.GraphQLAsync(client,
                $$"""mutation { deactivateWebhook(input: { id: "{{webhook}}" }) { webhook { active } errors { code } } }""");
            // The deactivation waits on the webhook's row, which the publication holds until it commits.
            await using var connection = await Database.OpenAppConnectionAsync();
            await EventuallyAsync(async () => await connection.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 1,
                "the deactivation to wait for the publication");
            Assert.False(deactivating.IsCompleted);
        }
        finally
        {
            release.TrySetResult(); // Never leave the publication's transaction open behind a failed assertion.
        }
        await publishing;
        var deactivated = (await deactivating).Body;

        Assert.False(deactivated.GetProperty("data").GetProperty("deactivateWebhook").GetProperty("webhook").GetProperty("active").GetBoolean());
        // Without the lock the deactivation would have finished first, and the publication would have left a pending row.
        Assert.Equal("2026.01:cancelled:0", await QueueAsync(Database, Guid.Parse(webhook)));
    }

    private async Task<bool> IsRowLockedAsync(Guid webhook)
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        try
        {
            await connection.ExecuteAsync("SELECT 1 FROM webhooks WHERE id = @id FOR UPDATE NOWAIT", ("id", webhook));
            return false;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return true;
        }
    }
}
