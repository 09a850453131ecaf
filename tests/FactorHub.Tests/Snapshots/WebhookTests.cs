using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactorHub.Snapshots;
using FactorHub.Snapshots.Webhooks;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static FactorHub.Tests.Snapshots.WebhookTestKit;

namespace FactorHub.Tests.Snapshots;

/// <summary>Delivery: signature, retry with back-off, the attempt log, and the durable queue across restarts and instances.</summary>
public sealed class WebhookTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task AFailedDeliveryIsRetriedWithBackOffUntilDeliveredAndEveryAttemptIsRecorded()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, before) => before switch { 0 => HttpStatusCode.InternalServerError, 1 => HttpStatusCode.BadGateway, _ => HttpStatusCode.NoContent };
        var webhook = await InsertWebhookAsync(Database, receiver.Url());
        await using var dataSource = NpgsqlDataSource.Create(Database.AppConnectionString);
        using var dispatcher = Dispatcher(dataSource, new WebhookOptions
        {
            MaxAttempts = 5, FirstRetryDelay = TimeSpan.FromMilliseconds(300), PollInterval = TimeSpan.FromMilliseconds(50),
        });
        await dispatcher.StartAsync(CancellationToken.None);

        await EnqueueAsync(dataSource, Snapshot("2026.01"));
        dispatcher.Wake();
        var received = await receiver.WaitForAsync(r => r.Count >= 3, "three attempts");
        await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:delivered:3", "the delivery to be recorded");
        await dispatcher.StopAsync(CancellationToken.None);

        // Back-off: 300 ms after the first failure, 600 ms after the second.
        Assert.True(received[1].At - received[0].At >= TimeSpan.FromMilliseconds(300), $"{received[1].At - received[0].At}");
        Assert.True(received[2].At - received[1].At >= TimeSpan.FromMilliseconds(600), $"{received[2].At - received[1].At}");
        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(received.Select(r => r.Delivery).Distinct());
        Assert.All(received, r => Assert.Equal(WebhookOutbox.Event, r.Event));
        foreach (var request in received)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), request.Body));
            Assert.Equal(expected, request.Signature);
            Assert.Equal(received[0].Body, request.Body);
        }
        using var payload = JsonDocument.Parse(received[0].Body);
        Assert.Equal("snapshot.published", payload.RootElement.GetProperty("event").GetString());
        Assert.Equal("2026.01", payload.RootElement.GetProperty("label").GetString());
        Assert.Equal("2026.01#1:failed:500|2026.01#2:failed:502|2026.01#3:delivered:204", await LogAsync(Database, webhook));
    }

    [Fact]
    public async Task AReceiverThatNeverAnswersSuccessfullyGetsMaxAttemptsAndTheDeliveryFails()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, _) => HttpStatusCode.ServiceUnavailable;
        var webhook = await InsertWebhookAsync(Database, receiver.Url());
        await using var dataSource = NpgsqlDataSource.Create(Database.AppConnectionString);
        using var dispatcher = Dispatcher(dataSource, new WebhookOptions
        {
            MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMilliseconds(10), PollInterval = TimeSpan.FromMilliseconds(50),
        });
        await dispatcher.StartAsync(CancellationToken.None);

        await EnqueueAsync(dataSource, Snapshot("2026.01"));
        dispatcher.Wake();
        await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:failed:3", "the delivery to fail");
        await Task.Delay(300); // Long enough for a fourth attempt, were there one.
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(3, receiver.Received.Count);
        Assert.Equal("2026.01#1:failed:503|2026.01#2:failed:503|2026.01#3:failed:503", await LogAsync(Database, webhook));
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.Equal("503|HTTP 503|true", await connection.ScalarAsync<string>(
            "SELECT last_status || '|' || last_error || '|' || (next_attempt_at IS NULL AND finished_at IS NOT NULL)::text FROM webhook_outbox WHERE webhook_id = @id",
            ("id", webhook)));
    }

    [Fact]
    public async Task ADeliveryInBackOffWhenTheHostStopsIsDeliveredByTheNextHostOnTheSameDatabase()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, before) => before == 0 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;
        var webhook = await InsertWebhookAsync(Database, receiver.Url());
        // A back-off long enough to stop the host inside it.
        var settings = new Dictionary<string, string?> { ["Snapshots:Webhooks:FirstRetryDelay"] = "00:00:02" };

        await using (var first = new WebhookHost(Database, settings).Started())
        {
            await first.Services.GetRequiredService<SnapshotPublication>().PublishAsync("2026.01", "curator", CancellationToken.None);
            await receiver.WaitForAsync(r => r.Count == 1, "the first attempt");
            await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:retrying:1", "the first attempt to be recorded");
        }
        var stoppedAt = DateTimeOffset.UtcNow;
        Assert.Single(receiver.Received);

        await using var second = new WebhookHost(Database, settings).Started();
        var received = await receiver.WaitForAsync(r => r.Count == 2, "the second attempt from the new host");
        await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:delivered:2", "the delivery to be recorded");

        Assert.Equal(received[0].Delivery, received[1].Delivery);
        Assert.Equal(received[0].Body, received[1].Body);
        Assert.True(received[1].At > stoppedAt);
        Assert.True(received[1].At - received[0].At >= TimeSpan.FromSeconds(2), "the back-off is kept across the restart");
        Assert.Equal("2026.01#1:failed:500|2026.01#2:delivered:200", await LogAsync(Database, webhook));
    }

    [Fact]
    public async Task TwoDispatchersOnOneDatabaseDeliverEachAttemptOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(30);
        const int webhooks = 30;
        for (var i = 0; i < webhooks; i++)
        {
            await InsertWebhookAsync(Database, receiver.Url($"/hook/{i}"));
        }
        await using var dataSource = NpgsqlDataSource.Create(Database.AppConnectionString);
        var options = new WebhookOptions { MaxConcurrentDeliveries = 4, PollInterval = TimeSpan.FromMilliseconds(20) };
        var counts = new[] { new CountingHandler(), new CountingHandler() };
        using var a = Dispatcher(dataSource, options, counts[0], "instance-a");
        using var b = Dispatcher(dataSource, options, counts[1], "instance-b");
        Assert.Equal(webhooks, await EnqueueAsync(dataSource, Snapshot("2026.01")));

        await Task.WhenAll(a.StartAsync(CancellationToken.None), b.StartAsync(CancellationToken.None));
        await receiver.WaitForAsync(r => r.Count >= webhooks, $"{webhooks} deliveries");
        await using var connection = await Database.OpenAppConnectionAsync();
        await EventuallyAsync(async () => await connection.ScalarAsync<long>(
            "SELECT count(*) FROM webhook_outbox WHERE state = 'delivered'") == webhooks, "every delivery to be recorded");
        await Task.Delay(200); // Room for a duplicate, were there one.
        await Task.WhenAll(a.StopAsync(CancellationToken.None), b.StopAsync(CancellationToken.None));

        Assert.Equal(webhooks, receiver.Received.Count);
        Assert.Equal(webhooks, receiver.Received.Select(r => r.Delivery).Distinct().Count());
        Assert.Equal(webhooks, receiver.Received.Select(r => r.Path).Distinct().Count());
        Assert.Equal(webhooks, await connection.ScalarAsync<long>("SELECT count(*) FROM webhook_deliveries WHERE attempt = 1 AND outcome = 'delivered'"));
        Assert.Equal(webhooks, await connection.ScalarAsync<long>("SELECT count(*) FROM webhook_deliveries"));
        // Both instances took part, so the test did exercise concurrent claims.
        Assert.All(counts, c => Assert.True(c.Count > 0, $"{counts[0].Count} / {counts[1].Count}"));
        Assert.Equal(webhooks, counts[0].Count + counts[1].Count);
    }

    [Fact]
    public async Task AnAttemptWhoseInstanceDiedIsClaimedAgainOnlyAfterItsClaimRunsOut()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await InsertWebhookAsync(Database, receiver.Url());
        await using var dataSource = NpgsqlDataSource.Create(Database.AppConnectionString);
        await EnqueueAsync(dataSource, Snapshot("2026.01"));

        // An instance claims the attempt and dies before posting or recording it.
        var claimed = Assert.Single(await WebhookOutbox.ClaimAsync(dataSource, "dead", 10, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.Equal(1, claimed.Attempt);
        Assert.Empty(await WebhookOutbox.ClaimAsync(dataSource, "alive", 10, TimeSpan.FromSeconds(1), CancellationToken.None));

        using var dispatcher = Dispatcher(dataSource, new WebhookOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        await dispatcher.StartAsync(CancellationToken.None);
        var received = Assert.Single(await receiver.WaitForAsync(r => r.Count == 1, "the attempt after the claim ran out"));
        await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:delivered:2", "the delivery to be recorded");
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(claimed.DeliveryId.ToString(), received.Delivery);
        Assert.Equal("2026.01#2:delivered:204", await LogAsync(Database, webhook));
        // The dead instance's late outcome is ignored: its claim is gone.
        Assert.Null(await WebhookOutbox.RecordAsync(dataSource, claimed, false, 500, "HTTP 500", new WebhookOptions(), CancellationToken.None));
        Assert.Equal("2026.01#2:delivered:204", await LogAsync(Database, webhook));
    }

    [Fact]
    public async Task RegisterWebhookAndQueryItsDeliveryLog()
    {
        await using var host = new SnapshotDownloadTests.DownloadHost(Database, new Dictionary<string, string?>());
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, "engine-operator");

        var weak = await PostAsync(client, """mutation { registerWebhook(input: { url: "https://engine.example/hook", secret: "short" }) { webhook { id } errors { code message } } }""");
        Assert.Equal("WEAK_SECRET", weak.GetProperty("data").GetProperty("registerWebhook").GetProperty("errors")[0].GetProperty("code").GetString());
        var registered = await PostAsync(client,
            $$"""mutation { registerWebhook(input: { url: "https://engine.example/hook", secret: "{{Secret}}" }) { webhook { id url active } errors { code } } }""");
        var created = registered.GetProperty("data").GetProperty("registerWebhook").GetProperty("webhook");
        Assert.True(created.GetProperty("active").GetBoolean());
        var id = created.GetProperty("id").GetString()!;
        await using (var connection = await Database.OpenAppConnectionAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, snapshot_label, attempt, outcome, response_status) VALUES (@id, gen_random_uuid(), 'snapshot.published', '2026.01', 1, 'failed', 500)",
                ("id", Guid.Parse(id)));
        }

        var log = await PostAsync(client, "{ webhooks { id url active deliveries { snapshotLabel attempt outcome responseStatus } } }");
        var webhook = Assert.Single(log.GetProperty("data").GetProperty("webhooks").EnumerateArray());
        Assert.Equal(id, webhook.GetProperty("id").GetString());
        var delivery = Assert.Single(webhook.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("2026.01", 1, "failed", 500), (delivery.GetProperty("snapshotLabel").GetString(), delivery.GetProperty("attempt").GetInt32(),
            delivery.GetProperty("outcome").GetString(), delivery.GetProperty("responseStatus").GetInt32()));

        using var anonymous = host.CreateClient();
        var refused = await PostAsync(anonymous, """mutation { registerWebhook(input: { url: "https://x.example", secret: "0123456789abcdefgh" }) { errors { code } } }""");
        Assert.Equal("UNAUTHENTICATED", refused.GetProperty("data").GetProperty("registerWebhook").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Counts the requests one dispatcher sends.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
