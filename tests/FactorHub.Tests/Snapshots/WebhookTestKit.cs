using FactorHub.Snapshots;
using FactorHub.Snapshots.Webhooks;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

/// <summary>Webhooks, hosts and bounded waits shared by the webhook tests.</summary>
public static class WebhookTestKit
{
    public const string Secret = "0123456789abcdef-secret";

    /// <summary>A publication that is not in the database: enough to enqueue deliveries.</summary>
    public static PublishedSnapshot Snapshot(string label) => new(Guid.NewGuid(), label, 95, new string('a', 64), "2026.00");

    public static async Task<Guid> InsertWebhookAsync(TestDatabase database, string url, string createdBy = "consumer")
    {
        await using var connection = await database.OpenAppConnectionAsync();
        var id = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO webhooks (id, url, secret, created_by) VALUES (@id, @url, @secret, @by)",
            ("id", id), ("url", url), ("secret", Secret), ("by", createdBy));
        return id;
    }

    /// <summary>Enqueues <paramref name="snapshot"/> for every active webhook, as a publication's transaction does.</summary>
    public static async Task<int> EnqueueAsync(NpgsqlDataSource dataSource, PublishedSnapshot snapshot)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await WebhookOutbox.EnqueueAsync(connection, snapshot, CancellationToken.None);
    }

    public static WebhookDispatcher Dispatcher(NpgsqlDataSource dataSource, WebhookOptions options, HttpMessageHandler? handler = null,
        string? instance = null) =>
        new(dataSource, handler is null ? new HttpClient() : new HttpClient(handler), options, NullLogger<WebhookDispatcher>.Instance, instance);

    /// <summary>Polls <paramref name="condition"/> every 50 ms until it holds; fails after <paramref name="timeout"/> (20 s).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>"state:attempts" of a webhook's queue rows, by label.</summary>
    public static async Task<string> QueueAsync(TestDatabase database, Guid webhook)
    {
        await using var connection = await database.OpenAppConnectionAsync();
        return await connection.ScalarAsync<string>(
            "SELECT coalesce(string_agg(snapshot_label || ':' || state || ':' || attempts, '|' ORDER BY snapshot_label), '') FROM webhook_outbox WHERE webhook_id = @id",
            ("id", webhook));
    }

    /// <summary>"attempt:outcome:status" of a webhook's attempt log, in order.</summary>
    public static async Task<string> LogAsync(TestDatabase database, Guid webhook)
    {
        await using var connection = await database.OpenAppConnectionAsync();
        return await connection.ScalarAsync<string>(
            "SELECT coalesce(string_agg(snapshot_label || '#' || attempt || ':' || outcome || ':' || coalesce(response_status::text, '-'), '|' ORDER BY id), '') FROM webhook_deliveries WHERE webhook_id = @id",
            ("id", webhook));
    }
}

/// <summary>A FactorHub host whose webhook dispatcher runs (fast polling), optionally capturing its logs.</summary>
public sealed class WebhookHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, CapturingLoggerProvider? logs = null)
    : FactorHubWebApplicationFactory(database, Settings(settings))
{
    private static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Snapshots:Webhooks:DispatcherEnabled"] = "true",
            ["Snapshots:Webhooks:PollInterval"] = "00:00:00.100",
            ["Snapshots:Webhooks:FirstRetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>Starts the host (and with it the dispatcher).</summary>
    public WebhookHost Started()
    {
        CreateClient().Dispose();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }
    }
}
