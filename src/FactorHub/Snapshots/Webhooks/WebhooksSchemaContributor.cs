using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Utilities;
using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>
/// <c>webhooks</c> and the mutations <c>registerWebhook</c>, <c>deactivateWebhook</c>, <c>reactivateWebhook</c>,
/// <c>deleteWebhook</c> (HotChocolate style: <c>input:</c> → payload with typed <c>errors</c>). A webhook belongs to the
/// organisation of the caller who registered it (<see cref="ISnapshotAccessPolicy.OrganisationOf"/>), or to that
/// account when it has none; only its owner sees or changes it. Anyone else asking for it gets <c>NOT_FOUND</c>, the same
/// answer as for an id that does not exist, so nothing is learnt about other organisations' webhooks. The secret is
/// written once and never read back into a result. URLs are checked by <see cref="WebhookAddressPolicy"/>; every change
/// writes its <see cref="WebhookAudit"/> row in its own transaction.
/// </summary>
public sealed class WebhooksSchemaContributor(NpgsqlDataSource dataSource, ISnapshotAccessPolicy access, WebhookAddressPolicy addresses)
    : ISchemaContributor
{
    public const string Sdl = """
        extend type Mutation {
          "Registers a URL to be POSTed each publication, signed with HMAC-SHA256 under your secret (signed-in callers; API tokens need the scope webhooks:manage, as for every webhook field). The webhook belongs to your organisation."
          registerWebhook(input: RegisterWebhookInput!): RegisterWebhookPayload!
          "Stops deliveries to one of your organisation's webhooks: no new publication is enqueued for it and every open delivery is cancelled (an attempt already in flight may still reach the receiver, and is not logged)."
          deactivateWebhook(input: WebhookIdInput!): ChangeWebhookPayload!
          "Resumes deliveries to one of your organisation's webhooks, from the next publication on (publications while it was inactive are not sent)."
          reactivateWebhook(input: WebhookIdInput!): ChangeWebhookPayload!
          "Deletes one of your organisation's webhooks with its secret, its queued deliveries and its delivery log."
          deleteWebhook(input: WebhookIdInput!): DeleteWebhookPayload!
        }

        extend type Query {
          "Your organisation's webhooks with their delivery log (signed-in callers, API tokens with the scope webhooks:manage; empty for anonymous callers)."
          webhooks: [Webhook!]!
        }

        input RegisterWebhookInput {
          "An absolute https URL whose host is a name resolving to public addresses only (unless the service allows private networks)."
          url: String!
          "At least 16 characters; the receiver verifies X-FactorHub-Signature (sha256=hex HMAC of the body) with it."
          secret: String!
        }

        type RegisterWebhookPayload {
          webhook: Webhook
          errors: [RegisterWebhookError!]
        }

        input WebhookIdInput {
          "Webhook.id."
          id: ID!
        }

        type ChangeWebhookPayload {
          webhook: Webhook
          errors: [WebhookError!]
        }

        type DeleteWebhookPayload {
          "The id of the deleted webhook."
          webhookId: ID
          errors: [WebhookError!]
        }

        "A webhook. Its secret is never returned."
        type Webhook {
          id: ID!
          url: String!
          "False after deactivateWebhook: it gets no deliveries until reactivated."
          active: Boolean!
          createdAt: DateTime!
          "Attempts, newest first."
          deliveries(first: Int = 50): [WebhookDelivery!]!
          "One entry per publication sent or to be sent, newest first: where its delivery stands."
          queue(first: Int = 50): [WebhookQueueEntry!]!
        }

        "The delivery of one publication to one webhook, across its attempts."
        type WebhookQueueEntry {
          "X-FactorHub-Delivery, the same on every attempt."
          deliveryId: String!
          snapshotLabel: String!
          state: WebhookDeliveryState!
          "Attempts made so far (including one in flight)."
          attempts: Int!
          "When the next attempt is due (PENDING, RETRYING); null once final."
          nextAttemptAt: DateTime
          lastStatus: Int
          lastError: String
          enqueuedAt: DateTime!
          "When it became DELIVERED, FAILED or CANCELLED."
          finishedAt: DateTime
        }

        "PENDING: not attempted yet; RETRYING: in back-off after a failed attempt; DELIVERED; FAILED: every attempt failed; CANCELLED: the webhook was deactivated first."
        enum WebhookDeliveryState { PENDING RETRYING DELIVERED FAILED CANCELLED }

        "One attempt to deliver one publication; retries share the deliveryId."
        type WebhookDelivery {
          deliveryId: String!
          snapshotLabel: String!
          attempt: Int!
          "delivered or failed."
          outcome: String!
          responseStatus: Int
          error: String
          attemptedAt: DateTime!
        }

        type RegisterWebhookError {
          code: RegisterWebhookErrorCode!
          message: String!
        }

        "FORBIDDEN: an API token without the scope webhooks:manage; INVALID_URL: not an absolute http(s) URL; URL_NOT_ALLOWED: not https, an IP address, or a host that does not resolve or resolves to a loopback, private, link-local or other non-public address."
        enum RegisterWebhookErrorCode { UNAUTHENTICATED FORBIDDEN INVALID_URL URL_NOT_ALLOWED WEAK_SECRET }

        "Why a webhook was not changed; nothing was written."
        type WebhookError {
          code: WebhookErrorCode!
          message: String!
        }

        "FORBIDDEN: an API token without the scope webhooks:manage; NOT_FOUND: no webhook with that id belongs to your organisation (whether or not it exists elsewhere)."
        enum WebhookErrorCode { UNAUTHENTICATED FORBIDDEN NOT_FOUND }
        """;

    public void Contribute(SchemaBuilder builder)
    {
        builder.AddTypeDefs(Sdl, "webhooks.graphql");
        builder.BindResolver("Mutation", "registerWebhook", RegisterAsync);
        builder.BindResolver("Mutation", "deactivateWebhook", context => SetActiveAsync(context, active: false));
        builder.BindResolver("Mutation", "reactivateWebhook", context => SetActiveAsync(context, active: true));
        builder.BindResolver("Mutation", "deleteWebhook", DeleteAsync);
        builder.BindResolver("Query", "webhooks", ListAsync);
        builder.BindResolver("Webhook", "deliveries", DeliveriesAsync);
        builder.BindResolver("Webhook", "queue", QueueAsync);
        builder.BindEnum<WebhookDeliveryState>("WebhookDeliveryState");
    }

    private async ValueTask<object?> RegisterAsync(IResolveFieldContext context)
    {
        static Dictionary<string, object?> Refuse(string code, string message) => new()
        {
            ["webhook"] = null,
            ["errors"] = new[] { Error(code, message) },
        };
        if (!access.MayManageWebhooks(context.User))
        {
            return IsSignedIn(context) ? Refuse("FORBIDDEN", Forbidden(context)) : Refuse("UNAUTHENTICATED", "Sign in to register a webhook.");
        }
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        var url = (string)input["url"]!;
        var secret = (string)input["secret"]!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Refuse("INVALID_URL", $"input.url: '{url}' is not an absolute http or https URL.");
        }
        if (secret.Length < 16)
        {
            return Refuse("WEAK_SECRET", "input.secret: use at least 16 characters.");
        }
        if (await addresses.RefuseUrlAsync(uri, context.CancellationToken) is { } reason)
        {
            return Refuse("URL_NOT_ALLOWED", $"input.url: '{url}' is not allowed: {reason}.");
        }
        var id = Guid.CreateVersion7();
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(context.CancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO webhooks (id, url, secret, created_by, organisation_id) VALUES (@id, @url, @secret, @by, @organisation)
            RETURNING id, url, active, created_at
            """, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("url", url);
        command.Parameters.AddWithValue("secret", secret);
        AddOwner(command, context);
        Dictionary<string, object?> webhook;
        await using (var reader = await command.ExecuteReaderAsync(context.CancellationToken))
        {
            await reader.ReadAsync(context.CancellationToken);
            webhook = Webhook(reader);
        }
        await AuditAsync(connection, WebhookAudit.Registered, id, context, $"{uri.Scheme}://{uri.Authority}");
        await transaction.CommitAsync(context.CancellationToken);
        return new Dictionary<string, object?> { ["webhook"] = webhook, ["errors"] = null };
    }

    private async ValueTask<object?> SetActiveAsync(IResolveFieldContext context, bool active)
    {
        if (!access.MayManageWebhooks(context.User))
        {
            return Changed(null, IsSignedIn(context) ? Error("FORBIDDEN", Forbidden(context))
                : Error("UNAUTHENTICATED", $"Sign in to {(active ? "reactivate" : "deactivate")} a webhook."));
        }
        if (ParseId(context) is not { } id)
        {
            return Changed(null, NotFound(context));
        }
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(context.CancellationToken);
        // active_since records when the current active spell began (deliveries are queued only while active).
        await using var update = new NpgsqlCommand(
            $"""
            UPDATE webhooks SET active = @active, active_since = CASE WHEN @active AND NOT active THEN now() ELSE active_since END
            WHERE id = @id AND {OwnedBy}
            RETURNING id, url, active, created_at
            """, connection, transaction);
        update.Parameters.AddWithValue("active", active);
        update.Parameters.AddWithValue("id", id);
        AddOwner(update, context);
        Dictionary<string, object?> webhook;
        await using (var reader = await update.ExecuteReaderAsync(context.CancellationToken))
        {
            if (!await reader.ReadAsync(context.CancellationToken))
            {
                return Changed(null, NotFound(context));
            }
            webhook = Webhook(reader);
        }
        if (!active)
        {
            // Every open delivery goes, claimed or not: claims only pick active webhooks, so a row left open for an
            // attempt in flight would stay open for ever if that instance died. Such an attempt then records nothing (its
            // row is no longer open), though the receiver may still get its POST: delivery is at least once.
            await using var cancel = new NpgsqlCommand(
                """
                UPDATE webhook_outbox
                SET state = 'cancelled', next_attempt_at = NULL, finished_at = now(), claimed_by = NULL,
                    last_error = COALESCE(last_error, 'webhook deactivated')
                WHERE webhook_id = @id AND state IN ('pending', 'retrying')
                """, connection, transaction);
            cancel.Parameters.AddWithValue("id", id);
            await cancel.ExecuteNonQueryAsync(context.CancellationToken);
        }
        await AuditAsync(connection, active ? WebhookAudit.Reactivated : WebhookAudit.Deactivated, id, context);
        await transaction.CommitAsync(context.CancellationToken);
        return Changed(webhook, null);
    }

    private async ValueTask<object?> DeleteAsync(IResolveFieldContext context)
    {
        static Dictionary<string, object?> Deleted(string? id, Dictionary<string, object?>? error) => new()
        {
            ["webhookId"] = id,
            ["errors"] = error is null ? null : new[] { error },
        };
        if (!access.MayManageWebhooks(context.User))
        {
            return Deleted(null, IsSignedIn(context) ? Error("FORBIDDEN", Forbidden(context)) : Error("UNAUTHENTICATED", "Sign in to delete a webhook."));
        }
        if (ParseId(context) is not { } id)
        {
            return Deleted(null, NotFound(context));
        }
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(context.CancellationToken);
        // FOR NO KEY UPDATE, not FOR UPDATE: it still waits for a publication queueing for this webhook (FOR SHARE), but
        // not for an attempt being recorded, whose log insert takes FOR KEY SHARE on this row while that attempt holds its
        // queue row, which the deletes below wait for (FOR UPDATE here would deadlock). The final DELETE takes the row's
        // key lock once the queue rows are gone.
        await using (var owned = new NpgsqlCommand($"SELECT 1 FROM webhooks WHERE id = @id AND {OwnedBy} FOR NO KEY UPDATE", connection, transaction))
        {
            owned.Parameters.AddWithValue("id", id);
            AddOwner(owned, context);
            if (await owned.ExecuteScalarAsync(context.CancellationToken) is null)
            {
                return Deleted(null, NotFound(context));
            }
        }
        // Queue first: an attempt being recorded holds its queue row until its log row is committed, so the log delete sees it.
        foreach (var sql in new[]
                 {
                     "DELETE FROM webhook_outbox WHERE webhook_id = @id",
                     "DELETE FROM webhook_deliveries WHERE webhook_id = @id",
                     "DELETE FROM webhooks WHERE id = @id",
                 })
        {
            await using var delete = new NpgsqlCommand(sql, connection, transaction);
            delete.Parameters.AddWithValue("id", id);
            await delete.ExecuteNonQueryAsync(context.CancellationToken);
        }
        await AuditAsync(connection, WebhookAudit.Deleted, id, context);
        await transaction.CommitAsync(context.CancellationToken);
        return Deleted(id.ToString(), null);
    }

    private async ValueTask<object?> ListAsync(IResolveFieldContext context)
    {
        if (!access.MayManageWebhooks(context.User))
        {
            // Anonymous callers get an empty list; a signed-in caller the policy refuses (a token without the scope) an error.
            return IsSignedIn(context)
                ? throw new GraphQLError(Forbidden(context), extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Forbidden })
                : Array.Empty<object>();
        }
        await using var command = dataSource.CreateCommand(
            $"SELECT id, url, active, created_at FROM webhooks WHERE {OwnedBy} ORDER BY created_at, id");
        AddOwner(command, context);
        await using var reader = await command.ExecuteReaderAsync(context.CancellationToken);
        var result = new List<object>();
        while (await reader.ReadAsync(context.CancellationToken))
        {
            result.Add(Webhook(reader));
        }
        return result;
    }

    private ValueTask<object?> DeliveriesAsync(IResolveFieldContext context) => ReadOwnRowsAsync(context,
        """
        SELECT delivery_id, snapshot_label, attempt, outcome, response_status, error, attempted_at
        FROM webhook_deliveries WHERE webhook_id = @id ORDER BY attempted_at DESC, id DESC LIMIT @first
        """,
        reader => new Dictionary<string, object?>
        {
            ["deliveryId"] = reader.GetGuid(0).ToString(),
            ["snapshotLabel"] = reader.GetString(1),
            ["attempt"] = reader.GetInt32(2),
            ["outcome"] = reader.GetString(3),
            ["responseStatus"] = reader.IsDBNull(4) ? null : reader.GetInt32(4),
            ["error"] = reader.IsDBNull(5) ? null : reader.GetString(5),
            ["attemptedAt"] = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc)),
        });

    private ValueTask<object?> QueueAsync(IResolveFieldContext context) => ReadOwnRowsAsync(context,
        """
        SELECT delivery_id, snapshot_label, state, attempts, next_attempt_at, last_status, last_error, created_at, finished_at
        FROM webhook_outbox WHERE webhook_id = @id ORDER BY created_at DESC, snapshot_label DESC LIMIT @first
        """,
        reader => new Dictionary<string, object?>
        {
            ["deliveryId"] = reader.GetGuid(0).ToString(),
            ["snapshotLabel"] = reader.GetString(1),
            ["state"] = WebhookOutbox.ParseState(reader.GetString(2)),
            ["attempts"] = reader.GetInt32(3),
            ["nextAttemptAt"] = Utc(reader, 4),
            ["lastStatus"] = reader.IsDBNull(5) ? null : reader.GetInt32(5),
            ["lastError"] = reader.IsDBNull(6) ? null : reader.GetString(6),
            ["enqueuedAt"] = Utc(reader, 7),
            ["finishedAt"] = Utc(reader, 8),
        });

    /// <summary>The newest rows (argument <c>first</c>, default 50, at most 500) the source webhook owns in a log table.</summary>
    private async ValueTask<object?> ReadOwnRowsAsync(IResolveFieldContext context, string sql, Func<NpgsqlDataReader, object> row)
    {
        var webhook = (Dictionary<string, object?>)context.Source!;
        var first = Math.Clamp(context.GetArgument<int?>("first") ?? 50, 0, 500);
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", Guid.Parse((string)webhook["id"]!));
        command.Parameters.AddWithValue("first", first);
        await using var reader = await command.ExecuteReaderAsync(context.CancellationToken);
        var result = new List<object>();
        while (await reader.ReadAsync(context.CancellationToken))
        {
            result.Add(row(reader));
        }
        return result;
    }

    private static DateTimeOffset? Utc(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    private Task AuditAsync(NpgsqlConnection connection, string @event, Guid webhook, IResolveFieldContext context, string? urlOrigin = null) =>
        WebhookAudit.RecordAsync(connection, @event, context.User?.Identity?.Name, webhook, access.OrganisationOf(context.User),
            context.RequestServices.GetService<IHttpContextAccessor>()?.HttpContext?.Connection.RemoteIpAddress?.ToString(), urlOrigin,
            context.CancellationToken);

    /// <summary>The caller owns the row: same organisation, or (callers without one) registered by the same account.</summary>
    private const string OwnedBy =
        "(CASE WHEN @organisation IS NULL THEN organisation_id IS NULL AND created_by = @by ELSE organisation_id = @organisation END)";

    private void AddOwner(NpgsqlCommand command, IResolveFieldContext context)
    {
        command.Parameters.Add(new NpgsqlParameter("organisation", NpgsqlDbType.Uuid)
        {
            Value = (object?)access.OrganisationOf(context.User) ?? DBNull.Value,
        });
        command.Parameters.AddWithValue("by", context.User?.Identity?.Name ?? "anonymous");
    }

    private static bool IsSignedIn(IResolveFieldContext context) => context.User?.Identity?.IsAuthenticated == true;

    /// <summary>
    /// Why a signed-in caller may not manage webhooks: the policy refuses signed-in callers only for an API token
    /// without the webhook scope (FactorHubSnapshotAccessPolicy; cookie sessions have every scope).
    /// </summary>
    private static string Forbidden(IResolveFieldContext context) =>
        $"{context.ParentType.Name}.{context.FieldDefinition.Name} needs an API token with the scope '{ManageScope}'.";

    /// <summary>The API token scope for webhook management (Identity's <c>ApiTokenScopes.WebhooksManage</c>).</summary>
    public const string ManageScope = "webhooks:manage";

    private static Guid? ParseId(IResolveFieldContext context)
    {
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        return Guid.TryParse(input["id"] as string, out var id) ? id : null;
    }

    private static Dictionary<string, object?> NotFound(IResolveFieldContext context)
    {
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        return Error("NOT_FOUND", $"input.id: no webhook '{input["id"]}' belongs to your organisation.");
    }

    private static Dictionary<string, object?> Changed(Dictionary<string, object?>? webhook, Dictionary<string, object?>? error) => new()
    {
        ["webhook"] = webhook,
        ["errors"] = error is null ? null : new[] { error },
    };

    private static Dictionary<string, object?> Error(string code, string message) => new() { ["code"] = code, ["message"] = message };

    private static Dictionary<string, object?> Webhook(NpgsqlDataReader reader) => new()
    {
        ["id"] = reader.GetGuid(0).ToString(),
        ["url"] = reader.GetString(1),
        ["active"] = reader.GetBoolean(2),
        ["createdAt"] = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc)),
    };
}
