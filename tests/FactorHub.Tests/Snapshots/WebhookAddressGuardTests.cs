using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Snapshots;
using FactorHub.Tests.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FactorHub.Tests.Snapshots.WebhookTestKit;

namespace FactorHub.Tests.Snapshots;

/// <summary>
/// With <c>Snapshots:Webhooks:AllowPrivateNetworks</c> off (the production default): <c>registerWebhook</c> refuses
/// URLs that could reach internal addresses, and the delivery client refuses to connect to them whatever the URL says.
/// </summary>
public sealed class WebhookAddressGuardTests : DatabaseTest
{
    private static readonly Dictionary<string, string?> Guarded = new() { ["Snapshots:Webhooks:AllowPrivateNetworks"] = "false" };

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Theory]
    [InlineData("http://engine.example/hook", "webhooks must use https")]
    [InlineData("https://127.0.0.1/hook", "its host is an IP address; use a host name")]
    [InlineData("https://169.254.169.254/latest/meta-data", "its host is an IP address; use a host name")]
    [InlineData("https://localhost:8443/hook", "its host does not resolve to public addresses only")]
    [InlineData("https://no-such-host.invalid/hook", "its host does not resolve to public addresses only")]
    public async Task RegisterWebhookRefusesAURLThatCouldReachAnInternalAddress(string url, string reason)
    {
        await using var host = new FactorHubWebApplicationFactory(Database, Guarded);
        var user = await IdentityTestKit.CreateAccountAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        using var client = IdentityTestKit.Client(host, (await IdentityTestKit.CreateFullTokenAsync(host, user, Roles.Consumer)).Token);

        var (_, body, text) = await IdentityTestKit.GraphQLAsync(client,
            $$"""mutation { registerWebhook(input: { url: "{{url}}", secret: "{{Secret}}" }) { webhook { id } errors { code message } } }""");

        Assert.False(body.TryGetProperty("errors", out _), text);
        var payload = body.GetProperty("data").GetProperty("registerWebhook");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("webhook").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("URL_NOT_ALLOWED", error.GetProperty("code").GetString());
        Assert.Equal($"input.url: '{url}' is not allowed: {reason}.", error.GetProperty("message").GetString());
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.Equal(0L, await connection.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM webhooks) + (SELECT count(*) FROM audit_log WHERE subject_type = 'webhook')"));
    }

    [Fact]
    public async Task ADeliveryToAHostResolvingToLoopbackIsRefusedAtConnectTimeAndRetried()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // As if registered while the name pointed elsewhere (or while private networks were allowed): the URL is only
        // checked again where it matters, at the connection.
        var url = receiver.Url().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:", url, StringComparison.Ordinal);
        var webhook = await InsertWebhookAsync(Database, url);
        var settings = new Dictionary<string, string?>(Guarded) { ["Snapshots:Webhooks:FirstRetryDelay"] = "00:00:02" };

        await using (var guarded = new WebhookHost(Database, settings).Started())
        {
            await guarded.Services.GetRequiredService<SnapshotPublication>().PublishAsync("2026.01", "curator", CancellationToken.None);
            await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:retrying:1", "the refused attempt to be recorded");
        }

        Assert.Empty(receiver.Received);
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.Equal("-|not connected: host 'localhost' resolves to a loopback address, which webhooks may not reach",
            await connection.ScalarAsync<string>("SELECT coalesce(last_status::text, '-') || '|' || last_error FROM webhook_outbox WHERE webhook_id = @id",
                ("id", webhook)));
        Assert.Equal("2026.01#1:failed:-", await LogAsync(Database, webhook));

        // The receiver itself was reachable all along: an instance that allows private networks delivers the next attempt.
        await using var allowing = new WebhookHost(Database).Started();
        await receiver.WaitForAsync(r => r.Count == 1, "the attempt from the instance that allows private networks");
        await EventuallyAsync(async () => await QueueAsync(Database, webhook) == "2026.01:delivered:2", "the delivery to be recorded");
    }
}
