using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>Configuration section <c>Snapshots:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>Attempts per delivery, the first included.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Delay before the second attempt; each later one doubles it (1 s, 2 s, 4 s, … by default).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// POSTs a publication to every active webhook: JSON body, header <c>X-FactorHub-Signature: sha256=&lt;hex HMAC-SHA256 of
/// the exact body under the webhook's secret&gt;</c>, <c>X-FactorHub-Delivery</c> (the same id on every retry) and
/// <c>X-FactorHub-Event</c>. A non-2xx answer, a timeout or a network error is retried with exponential back-off up to
/// <see cref="WebhookOptions.MaxAttempts"/>; every attempt is a row in <c>webhook_deliveries</c>.
/// </summary>
public sealed class WebhookDispatcher(
    NpgsqlDataSource dataSource,
    HttpClient http,
    WebhookOptions options,
    ILogger<WebhookDispatcher> logger,
    TimeProvider? time = null) : ISnapshotPublishedObserver
{
    public const string Event = "snapshot.published";
    public const string SignatureHeader = "X-FactorHub-Signature";

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly List<Task> _running = [];

    /// <summary>Starts the deliveries in the background (the publication does not wait for slow receivers).</summary>
    public async Task OnPublishedAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        var targets = new List<(Guid Id, string Url, string Secret)>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand("SELECT id, url, secret FROM webhooks WHERE active", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                targets.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        var body = Body(snapshot);
        lock (_running)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.AddRange(targets.Select(t => Task.Run(() => DeliverAsync(t.Id, t.Url, t.Secret, snapshot.Label, body, CancellationToken.None))));
        }
    }

    /// <summary>Waits for deliveries started so far (tests, shutdown).</summary>
    public Task DrainAsync()
    {
        lock (_running)
        {
            return Task.WhenAll(_running.ToArray());
        }
    }

    public static byte[] Body(PublishedSnapshot snapshot) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        @event = Event,
        label = snapshot.Label,
        factorCount = snapshot.FactorCount,
        contentDigest = snapshot.ContentDigest,
        previous = snapshot.PreviousLabel,
        manifest = $"/snapshots/{snapshot.Label}/manifest.json",
        changes = $"/snapshots/{snapshot.Label}/changes.csv",
    });

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Delivers one body to one webhook, retrying; returns true once delivered.</summary>
    public async Task<bool> DeliverAsync(Guid webhookId, string url, string secret, string label, byte[] body, CancellationToken cancellationToken)
    {
        var deliveryId = Guid.CreateVersion7();
        var signature = Sign(secret, body);
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            int? status = null;
            string? error = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                request.Headers.Add(SignatureHeader, signature);
                request.Headers.Add("X-FactorHub-Delivery", deliveryId.ToString());
                request.Headers.Add("X-FactorHub-Event", Event);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.Timeout);
                using var response = await http.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    await RecordAsync(webhookId, deliveryId, label, attempt, "delivered", status, null);
                    return true;
                }
                error = $"HTTP {status}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                error = exception is TaskCanceledException ? "timed out" : exception.Message;
            }
            await RecordAsync(webhookId, deliveryId, label, attempt, "failed", status, error);
            logger.LogWarning("Webhook {Webhook} delivery of {Label}, attempt {Attempt}, failed: {Error}", webhookId, label, attempt, error);
            if (attempt < options.MaxAttempts)
            {
                await Task.Delay(options.FirstRetryDelay * Math.Pow(2, attempt - 1), _time, cancellationToken);
            }
        }
        return false;
    }

    private async Task RecordAsync(Guid webhookId, Guid deliveryId, string label, int attempt, string outcome, int? status, string? error)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, snapshot_label, attempt, outcome, response_status, error)
            VALUES (@webhook, @delivery, @event, @label, @attempt, @outcome, @status, @error)
            """, connection);
        command.Parameters.AddWithValue("webhook", webhookId);
        command.Parameters.AddWithValue("delivery", deliveryId);
        command.Parameters.AddWithValue("event", Event);
        command.Parameters.AddWithValue("label", label);
        command.Parameters.AddWithValue("attempt", attempt);
        command.Parameters.AddWithValue("outcome", outcome);
        command.Parameters.AddWithValue("status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }
}
