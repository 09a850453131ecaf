using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>One claimed attempt: what to post, where, and which attempt of the delivery it is.</summary>
public sealed record WebhookAttempt(Guid DeliveryId, Guid WebhookId, string Url, string Secret, string Event, string SnapshotLabel,
    byte[] Body, int Attempt)
{
    // The secret is needed to sign, never to print.
    public override string ToString() => $"WebhookAttempt {{ DeliveryId = {DeliveryId}, WebhookId = {WebhookId}, Attempt = {Attempt} }}";
}

/// <summary>Where an attempt left its delivery.</summary>
public enum WebhookDeliveryState { Pending, Retrying, Delivered, Failed, Cancelled }

/// <summary>
/// The durable delivery queue, table <c>webhook_outbox</c> (migrations/0007): one row per webhook and publication,
/// <c>pending</c> → (<c>retrying</c> …) → <c>delivered</c> | <c>failed</c> | <c>cancelled</c>. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and a claim deadline, so instances sharing the database never claim the same attempt,
/// and an attempt whose instance died is claimed again once its deadline passes.
/// </summary>
public static class WebhookOutbox
{
    public const string Event = "snapshot.published";

    /// <summary>The request body for a publication; stored once, so every attempt sends (and signs) the same bytes.</summary>
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

    /// <summary>
    /// Enqueues <paramref name="snapshot"/> for every active webhook, on <paramref name="connection"/> and so inside its
    /// transaction (the publication's: <see cref="WebhookEnqueuer"/>); returns the rows added (existing ones are kept).
    /// </summary>
    public static async Task<int> EnqueueAsync(NpgsqlConnection connection, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        // FOR SHARE: a webhook being deactivated or deleted at the same time either finishes first (then it is no longer
        // active here, or no longer there) or waits for the publication to commit (then it sees, and cancels or deletes,
        // the row queued here). Without the lock a concurrent deactivation could leave a pending row behind.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO webhook_outbox (delivery_id, webhook_id, event, snapshot_label, body, next_attempt_at)
            SELECT gen_random_uuid(), w.id, @event, @label, @body, now()
            FROM (SELECT id FROM webhooks WHERE active FOR SHARE) w
            ON CONFLICT ON CONSTRAINT webhook_outbox_webhook_event_label_key DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("event", Event);
        command.Parameters.AddWithValue("label", snapshot.Label);
        command.Parameters.AddWithValue("body", Body(snapshot));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due attempts of active webhooks, oldest due first: each row's attempt count
    /// goes up by one and its due time moves to the end of the claim. Rows another instance is claiming are skipped.
    /// </summary>
    public static async Task<IReadOnlyList<WebhookAttempt>> ClaimAsync(NpgsqlDataSource dataSource, string instance, int limit,
        TimeSpan claimDuration, CancellationToken cancellationToken)
    {
        // MATERIALIZED: the locking subquery runs exactly once, whatever plan the UPDATE gets.
        await using var command = dataSource.CreateCommand(
            """
            WITH due AS MATERIALIZED (
                SELECT o.delivery_id
                FROM webhook_outbox o
                JOIN webhooks w ON w.id = o.webhook_id AND w.active
                WHERE o.state IN ('pending', 'retrying') AND o.next_attempt_at <= now()
                ORDER BY o.next_attempt_at
                LIMIT @limit
                FOR UPDATE OF o SKIP LOCKED)
            UPDATE webhook_outbox o
            SET attempts = o.attempts + 1, next_attempt_at = now() + @claim, claimed_by = @instance
            FROM due, webhooks w
            WHERE o.delivery_id = due.delivery_id AND w.id = o.webhook_id
            RETURNING o.delivery_id, o.webhook_id, w.url, w.secret, o.event, o.snapshot_label, o.body, o.attempts
            """);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("claim", claimDuration);
        command.Parameters.AddWithValue("instance", instance);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new List<WebhookAttempt>();
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new WebhookAttempt(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<byte[]>(6), reader.GetInt32(7)));
        }
        return claimed;
    }

    /// <summary>
    /// Records the outcome of a claimed attempt, in one statement: the queue row moves on (delivered; failed after the
    /// last attempt; cancelled when the webhook was deactivated meanwhile; else retrying after the back-off) and the
    /// attempt is appended to <c>webhook_deliveries</c>. Returns null when the claim was lost (the row was claimed again
    /// after the claim ran out, or the webhook was deleted): then nothing is written.
    /// </summary>
    public static async Task<(WebhookDeliveryState State, DateTime? NextAttemptAt)?> RecordAsync(NpgsqlDataSource dataSource,
        WebhookAttempt attempt, bool delivered, int? status, string? error, WebhookOptions options, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            WITH recorded AS (
                UPDATE webhook_outbox o
                SET state = CASE WHEN @delivered THEN 'delivered'
                                 WHEN o.attempts >= @max_attempts THEN 'failed'
                                 WHEN NOT w.active THEN 'cancelled'
                                 ELSE 'retrying' END,
                    next_attempt_at = CASE WHEN NOT @delivered AND o.attempts < @max_attempts AND w.active THEN now() + @delay END,
                    finished_at = CASE WHEN @delivered OR o.attempts >= @max_attempts OR NOT w.active THEN now() END,
                    last_status = @status, last_error = @error, claimed_by = NULL
                FROM webhooks w
                WHERE o.delivery_id = @delivery AND o.attempts = @attempt AND o.state IN ('pending', 'retrying') AND w.id = o.webhook_id
                RETURNING o.webhook_id, o.state, o.next_attempt_at),
            logged AS (
                INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, snapshot_label, attempt, outcome, response_status, error)
                SELECT webhook_id, @delivery, @event, @label, @attempt, CASE WHEN @delivered THEN 'delivered' ELSE 'failed' END, @status, @error
                FROM recorded)
            SELECT state, next_attempt_at FROM recorded
            """);
        command.Parameters.AddWithValue("delivered", delivered);
        command.Parameters.AddWithValue("max_attempts", options.MaxAttempts);
        command.Parameters.AddWithValue("delay", options.RetryDelayAfter(attempt.Attempt));
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Integer) { Value = (object?)status ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("error", NpgsqlDbType.Text) { Value = (object?)error ?? DBNull.Value });
        command.Parameters.AddWithValue("delivery", attempt.DeliveryId);
        command.Parameters.AddWithValue("attempt", attempt.Attempt);
        command.Parameters.AddWithValue("event", attempt.Event);
        command.Parameters.AddWithValue("label", attempt.SnapshotLabel);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return (ParseState(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetDateTime(1));
    }

    public static WebhookDeliveryState ParseState(string state) => state switch
    {
        "pending" => WebhookDeliveryState.Pending,
        "retrying" => WebhookDeliveryState.Retrying,
        "delivered" => WebhookDeliveryState.Delivered,
        "failed" => WebhookDeliveryState.Failed,
        "cancelled" => WebhookDeliveryState.Cancelled,
        _ => throw new InvalidOperationException($"webhook_outbox.state '{state}' is not a known state."),
    };
}
