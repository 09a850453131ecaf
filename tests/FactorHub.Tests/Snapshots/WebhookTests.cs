using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactorHub.Snapshots;
using FactorHub.Snapshots.Webhooks;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

public sealed class WebhookTests : DatabaseTest
{
    private const string Secret = "0123456789abcdef-secret";

    protected override TestTemplate Template => TestTemplate.Seeded;

    /// <summary>A receiver that answers with the given statuses in turn and keeps what it got.</summary>
    private sealed class Receiver(params HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int _calls;

        public List<(string Signature, string Delivery, byte[] Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.Headers.GetValues(WebhookDispatcher.SignatureHeader).Single(),
                request.Headers.GetValues("X-FactorHub-Delivery").Single(), await request.Content!.ReadAsByteArrayAsync(cancellationToken)));
            return new HttpResponseMessage(answers[Math.Min(_calls++, answers.Length - 1)]);
        }
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedWithBackOffUntilDeliveredAndEveryAttemptIsRecorded()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var webhook = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO webhooks (id, url, secret, created_by) VALUES (@id, 'https://engine.example/hook', @secret, 'consumer')",
            ("id", webhook), ("secret", Secret));
        var receiver = new Receiver(HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.NoContent);
        await using var dataSource = NpgsqlDataSource.Create(Database.AppConnectionString);
        var dispatcher = new WebhookDispatcher(dataSource, new HttpClient(receiver),
            new WebhookOptions { MaxAttempts = 5, FirstRetryDelay = TimeSpan.FromMilliseconds(200) }, NullLogger<WebhookDispatcher>.Instance);
        var snapshot = new PublishedSnapshot(Guid.NewGuid(), "2026.01", 95, new string('a', 64), "2026.00");
        var started = DateTimeOffset.UtcNow;

        await dispatcher.OnPublishedAsync(snapshot, CancellationToken.None);
        await dispatcher.DrainAsync();

        // Back-off: 200 ms, then 400 ms, before the third attempt.
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(600));
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Single(receiver.Requests.Select(r => r.Delivery).Distinct());
        foreach (var (signature, _, body) in receiver.Requests)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(Secret), body));
            Assert.Equal(expected, signature);
        }
        using var payload = JsonDocument.Parse(receiver.Requests[0].Body);
        Assert.Equal("snapshot.published", payload.RootElement.GetProperty("event").GetString());
        Assert.Equal("2026.01", payload.RootElement.GetProperty("label").GetString());
        Assert.Equal("1:failed:500|2:failed:502|3:delivered:204", await connection.ScalarAsync<string>(
            "SELECT string_agg(attempt || ':' || outcome || ':' || response_status, '|' ORDER BY attempt) FROM webhook_deliveries WHERE webhook_id = @id",
            ("id", webhook)));
    }

    [Fact]
    public async Task AReceiverThatNeverAnswersSuccessfullyGetsMaxAttempts()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var webhook = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO webhooks (id, url, secret, created_by) VALUES (@id, 'https://engine.example/hook', @secret, 'consumer')",
            ("id", webhook), ("secret", Secret));
        await using var dataSource = NpgsqlDataSource.Create(Database.AppConnectionString);
        var dispatcher = new WebhookDispatcher(dataSource, new HttpClient(new Receiver(HttpStatusCode.ServiceUnavailable)),
            new WebhookOptions { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMilliseconds(10) }, NullLogger<WebhookDispatcher>.Instance);

        var delivered = await dispatcher.DeliverAsync(webhook, "https://engine.example/hook", Secret, "2026.01", [1, 2, 3], CancellationToken.None);

        Assert.False(delivered);
        Assert.Equal(3L, await connection.ScalarAsync<long>(
            "SELECT count(*) FROM webhook_deliveries WHERE webhook_id = @id AND outcome = 'failed'", ("id", webhook)));
    }

    [Fact]
    public async Task RegisterWebhookAndQueryItsDeliveryLog()
    {
        var root = Path.Combine(Path.GetTempPath(), "factorhub-webhook-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var host = new SnapshotDownloadTests.DownloadHost(Database,
                new Dictionary<string, string?> { ["Snapshots:ArtifactDirectory"] = root });
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, "engine-operator");

            var weak = await PostAsync(client, """mutation { registerWebhook(input: { url: "https://engine.example/hook", secret: "short" }) { webhook { id } errors { code message } } }""");
            Assert.Equal("WEAK_SECRET", weak.GetProperty("data").GetProperty("registerWebhook").GetProperty("errors")[0].GetProperty("code").GetString());
            var registered = await PostAsync(client,
                $$"""mutation { registerWebhook(input: { url: "https://engine.example/hook", secret: "{{Secret}}" }) { webhook { id url } errors { code } } }""");
            var id = registered.GetProperty("data").GetProperty("registerWebhook").GetProperty("webhook").GetProperty("id").GetString()!;
            await using (var connection = await Database.OpenAppConnectionAsync())
            {
                await connection.ExecuteAsync(
                    "INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, snapshot_label, attempt, outcome, response_status) VALUES (@id, gen_random_uuid(), 'snapshot.published', '2026.01', 1, 'failed', 500)",
                    ("id", Guid.Parse(id)));
            }

            var log = await PostAsync(client, "{ webhooks { id url deliveries { snapshotLabel attempt outcome responseStatus } } }");
            var webhook = Assert.Single(log.GetProperty("data").GetProperty("webhooks").EnumerateArray());
            Assert.Equal(id, webhook.GetProperty("id").GetString());
            var delivery = Assert.Single(webhook.GetProperty("deliveries").EnumerateArray());
            Assert.Equal(("2026.01", 1, "failed", 500), (delivery.GetProperty("snapshotLabel").GetString(), delivery.GetProperty("attempt").GetInt32(),
                delivery.GetProperty("outcome").GetString(), delivery.GetProperty("responseStatus").GetInt32()));

            using var anonymous = host.CreateClient();
            var refused = await PostAsync(anonymous, """mutation { registerWebhook(input: { url: "https://x.example", secret: "0123456789abcdefgh" }) { errors { code } } }""");
            Assert.Equal("UNAUTHENTICATED", refused.GetProperty("data").GetProperty("registerWebhook").GetProperty("errors")[0].GetProperty("code").GetString());
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
