using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace FactorHub.Snapshots.Webhooks;

/// <summary>
/// The <c>audit_log</c> rows of webhook management (docs/security.md, "What is logged"): who registered, deactivated,
/// reactivated or deleted which webhook, for which organisation. Written by the change's own transaction, so a change is
/// never without its row nor a row without its change. The secret is never recorded, nor the URL's path and query
/// (receivers often carry a token there): a registration records only the URL's origin.
/// </summary>
public static class WebhookAudit
{
    public const string Registered = "webhook-registered";
    public const string Deactivated = "webhook-deactivated";
    public const string Reactivated = "webhook-reactivated";
    public const string Deleted = "webhook-deleted";

    /// <summary>Appends one row on <paramref name="connection"/> (inside the caller's transaction).</summary>
    public static async Task RecordAsync(NpgsqlConnection connection, string @event, string? actor, Guid webhookId, Guid? organisationId,
        string? remoteAddress, string? urlOrigin, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO audit_log (actor, event, subject_type, subject_id, remote_address, details)
            VALUES (@actor, @event, 'webhook', @webhook, @remote_address, @details)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("actor", NpgsqlDbType.Text) { Value = (object?)actor ?? DBNull.Value });
        command.Parameters.AddWithValue("event", @event);
        command.Parameters.AddWithValue("webhook", webhookId.ToString());
        command.Parameters.Add(new NpgsqlParameter("remote_address", NpgsqlDbType.Text) { Value = (object?)remoteAddress ?? DBNull.Value });
        var details = urlOrigin is null
            ? JsonSerializer.Serialize(new { organisationId })
            : JsonSerializer.Serialize(new { organisationId, urlOrigin });
        command.Parameters.Add(new NpgsqlParameter("details", NpgsqlDbType.Jsonb) { Value = details });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
