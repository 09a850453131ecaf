using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Npgsql;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>
/// Delivers publications to webhooks from the durable queue (<see cref="WebhookOutbox"/>). A publication queues one row
/// per active webhook inside its own transaction (<see cref="WebhookEnqueuer"/>) and, once committed, wakes the loop; the
/// loop claims due rows, POSTs each — JSON body, header
/// <c>X-FactorHub-Signature: sha256=&lt;hex HMAC-SHA256 of the exact body under the webhook's secret&gt;</c>,
/// <c>X-FactorHub-Delivery</c> (the same id on every attempt) and <c>X-FactorHub-Event</c> — and records the attempt.
/// A non-2xx answer, a timeout, a network error or a connection <see cref="WebhookAddressPolicy"/> refuses is retried after <see cref="WebhookOptions.RetryDelayAfter"/> up to
/// <see cref="WebhookOptions.MaxAttempts"/>. Nothing is kept in memory between attempts, so a restarted process (or
/// any other instance on the database) picks up whatever is due.
/// </summary>
public sealed class WebhookDispatcher(
    NpgsqlDataSource dataSource,
    HttpClient http,
    WebhookOptions options,
    ILogger<WebhookDispatcher> logger,
    string? instance = null) : BackgroundService, ISnapshotPublishedObserver
{
    public const string SignatureHeader = "X-FactorHub-Signature";
    public const string DeliveryHeader = "X-FactorHub-Delivery";
    public const string EventHeader = "X-FactorHub-Event";

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly HashSet<Task> _inFlight = [];

    /// <summary>Names this instance in <c>webhook_outbox.claimed_by</c>.</summary>
    public string Instance { get; } = instance ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>
    /// Wakes the loop once a publication has committed (its deliveries were queued in its transaction); the publication
    /// never waits for receivers.
    /// </summary>
    public Task OnPublishedAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        Wake();
        return Task.CompletedTask;
    }

    /// <summary>Makes an idle loop look for due deliveries now.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Webhook dispatcher {Instance} started", Instance);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var free = FreeSlots();
                var claimed = free > 0
                    ? await WebhookOutbox.ClaimAsync(dataSource, Instance, free, options.ClaimDuration, stoppingToken)
                    : [];
                foreach (var attempt in claimed)
                {
                    Start(attempt);
                }
                if (free > 0 && claimed.Count == free)
                {
                    continue; // More may be due.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The database may be restarting; the queue is intact, try again at the next poll.
                logger.LogError(exception, "Webhook dispatcher {Instance} could not poll the delivery queue", Instance);
            }
            await IdleAsync(stoppingToken);
        }
        // Attempts in flight are bounded by the POST timeout; let them record their outcome rather than leave claims behind.
        Task[] running;
        lock (_inFlight)
        {
            running = [.. _inFlight];
        }
        await Task.WhenAll(running);
        logger.LogInformation("Webhook dispatcher {Instance} stopped", Instance);
    }

    private int FreeSlots()
    {
        lock (_inFlight)
        {
            return Math.Max(0, options.MaxConcurrentDeliveries - _inFlight.Count);
        }
    }

    private void Start(WebhookAttempt attempt)
    {
        var task = Task.Run(() => AttemptAsync(attempt));
        lock (_inFlight)
        {
            _inFlight.Add(task);
        }
        _ = task.ContinueWith(t =>
        {
            lock (_inFlight)
            {
                _inFlight.Remove(t);
            }
            Wake(); // A slot is free.
        }, TaskScheduler.Default);
    }

    private async Task IdleAsync(CancellationToken stoppingToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        poll.CancelAfter(options.PollInterval);
        try
        {
            await _wake.Reader.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException)
        {
            // Poll interval over, or stopping.
        }
    }

    /// <summary>Posts one claimed attempt and records it; never throws.</summary>
    public async Task AttemptAsync(WebhookAttempt attempt)
    {
        int? status = null;
        string? error = null;
        var delivered = false;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, attempt.Url) { Content = new ByteArrayContent(attempt.Body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(SignatureHeader, Sign(attempt.Secret, attempt.Body));
            request.Headers.Add(DeliveryHeader, attempt.DeliveryId.ToString());
            request.Headers.Add(EventHeader, attempt.Event);
            using var timeout = new CancellationTokenSource(options.Timeout);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            delivered = response.IsSuccessStatusCode;
            error = delivered ? null : $"HTTP {status}";
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            error = exception switch
            {
                OperationCanceledException => $"timed out after {options.Timeout.TotalSeconds:0.###} s",
                // The handler wraps what its connect callback threw; the policy's own message says it all.
                _ when Refusal(exception) is { } refused => refused.Message,
                _ => Truncate(exception.Message),
            };
        }

        try
        {
            var recorded = await WebhookOutbox.RecordAsync(dataSource, attempt, delivered, status, error, options, CancellationToken.None);
            switch (recorded?.State)
            {
                case null:
                    logger.LogWarning("Webhook {Webhook} delivery {Delivery}, attempt {Attempt}: the claim ran out or the webhook was deleted; outcome not recorded",
                        attempt.WebhookId, attempt.DeliveryId, attempt.Attempt);
                    break;
                case WebhookDeliveryState.Delivered:
                    logger.LogInformation("Webhook {Webhook} delivery {Delivery} of {Label} delivered at attempt {Attempt} (HTTP {Status})",
                        attempt.WebhookId, attempt.DeliveryId, attempt.SnapshotLabel, attempt.Attempt, status);
                    break;
                case WebhookDeliveryState.Retrying:
                    logger.LogWarning("Webhook {Webhook} delivery {Delivery} of {Label}, attempt {Attempt}, failed: {Error}; next attempt at {Next:O}",
                        attempt.WebhookId, attempt.DeliveryId, attempt.SnapshotLabel, attempt.Attempt, error, recorded.Value.NextAttemptAt);
                    break;
                case WebhookDeliveryState.Cancelled:
                    logger.LogWarning("Webhook {Webhook} delivery {Delivery} of {Label}, attempt {Attempt}, failed: {Error}; the webhook is inactive, no retry",
                        attempt.WebhookId, attempt.DeliveryId, attempt.SnapshotLabel, attempt.Attempt, error);
                    break;
                default:
                    logger.LogError("Webhook {Webhook} delivery {Delivery} of {Label} failed after {Attempt} attempts: {Error}",
                        attempt.WebhookId, attempt.DeliveryId, attempt.SnapshotLabel, attempt.Attempt, error);
                    break;
            }
        }
        catch (Exception exception)
        {
            // The claim runs out and the attempt is made again: receivers deduplicate on X-FactorHub-Delivery.
            logger.LogError(exception, "Webhook {Webhook} delivery {Delivery}, attempt {Attempt}: the outcome could not be recorded",
                attempt.WebhookId, attempt.DeliveryId, attempt.Attempt);
        }
    }

    private static WebhookAddressRefusedException? Refusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }

    private static string Truncate(string message) => message.Length <= 500 ? message : message[..500];
}
