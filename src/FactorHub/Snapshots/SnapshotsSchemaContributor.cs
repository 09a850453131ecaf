using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Utilities;
using FactorHub.Snapshots.Changes;
using FactorHub.Snapshots.Exports;
using Npgsql;

namespace FactorHub.Snapshots;

/// <summary>
/// <c>snapshotDiff(from:, to:)</c> and the <c>publishSnapshot</c> mutation (HotChocolate style: <c>input:</c> → payload
/// with typed <c>errors</c>). Who may publish is decided by <see cref="ISnapshotAccessPolicy"/>.
/// </summary>
public sealed class SnapshotsSchemaContributor(
    NpgsqlDataSource dataSource,
    SnapshotPublication publication,
    ISnapshotAccessPolicy access) : ISchemaContributor
{
    public const string Sdl = """
        extend type Query {
          "The changelog between two published snapshots (any two, either order). Values the caller may not see are null."
          snapshotDiff(from: String!, to: String!): SnapshotDiff!
        }

        extend type Snapshot {
          "Where this snapshot's bulk downloads are (URL paths); verify files against the signed manifest."
          downloads: SnapshotDownloads!
        }

        "URL paths of one snapshot's files. The registered set (public and registered values) needs a signed-in caller."
        type SnapshotDownloads {
          manifest: String!
          signature: String!
          jsonLines: String!
          csv: String!
          xlsx: String!
          changes: String!
          registeredManifest: String!
          "The PEM public key that verifies manifest signatures (ECDSA P-256, IEEE P1363, SHA-256)."
          signingKey: String!
        }

        "The root of all mutations. Each FactorHub feature extends it with its own fields."
        type Mutation {
          "Publishes a snapshot now (curators and administrators). Its cut-off is the moment of publication."
          publishSnapshot(input: PublishSnapshotInput!): PublishSnapshotPayload!
          "Registers a URL to be POSTed each publication, signed with HMAC-SHA256 under your secret (signed-in callers)."
          registerWebhook(input: RegisterWebhookInput!): RegisterWebhookPayload!
        }

        extend type Query {
          "The caller's webhooks with their delivery log (signed-in callers; empty otherwise)."
          webhooks: [Webhook!]!
        }

        input RegisterWebhookInput {
          "An absolute http(s) URL."
          url: String!
          "At least 16 characters; the receiver verifies X-FactorHub-Signature (sha256=hex HMAC of the body) with it."
          secret: String!
        }

        type RegisterWebhookPayload {
          webhook: Webhook
          errors: [RegisterWebhookError!]
        }

        type Webhook {
          id: ID!
          url: String!
          createdAt: DateTime!
          "Attempts, newest first."
          deliveries(first: Int = 50): [WebhookDelivery!]!
        }

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

        enum RegisterWebhookErrorCode { UNAUTHENTICATED INVALID_URL WEAK_SECRET }

        "What changed from one snapshot to another. A factor whose value and grade both changed is in changed and in regraded."
        type SnapshotDiff {
          from: String!
          to: String!
          "Active in to, absent or withdrawn in from."
          added: [SnapshotChange!]!
          "Active in both; the value differs."
          changed: [SnapshotChange!]!
          "Active in from; withdrawn or absent in to."
          withdrawn: [SnapshotChange!]!
          "Active in both; the grade differs."
          regraded: [SnapshotChange!]!
          "Active in both; a newer version with the same value and grade (metadata only)."
          revised: [SnapshotChange!]!
        }

        "One factor's change between two snapshots."
        type SnapshotChange {
          kind: SnapshotChangeKind!
          code: String!
          nameZh: String!
          nameEn: String!
          "public, registered or compute_only (the newer version's)."
          accessLevel: String!
          oldVersionNumber: Int
          newVersionNumber: Int
          "Null when absent, or when the caller may not see it (compute-only values never)."
          oldValue: Decimal
          newValue: Decimal
          "(new − old) ÷ old, rounded to 10 decimal places; null when a value is hidden or old is 0."
          relativeChange: Decimal
          oldGrade: Int
          newGrade: Int
        }

        enum SnapshotChangeKind { ADDED CHANGED WITHDRAWN REGRADED REVISED }

        input PublishSnapshotInput {
          "YYYY.NN, sorting after every published label, e.g. 2027.01."
          label: String!
          descriptionZh: String
          descriptionEn: String
        }

        type PublishSnapshotPayload {
          snapshot: SnapshotPublication
          errors: [PublishSnapshotError!]
        }

        "A published snapshot and where its files are."
        type SnapshotPublication {
          label: String!
          factorCount: Int!
          contentDigest: String!
          previousLabel: String
          "URL path of the public set's signed manifest."
          manifestUrl: String!
        }

        "Why a publication was refused; nothing was written."
        type PublishSnapshotError {
          code: PublishSnapshotErrorCode!
          message: String!
        }

        enum PublishSnapshotErrorCode { UNAUTHENTICATED FORBIDDEN INVALID_LABEL LABEL_TAKEN }
        """;

    public void Contribute(SchemaBuilder builder)
    {
        builder.AddTypeDefs(Sdl, "snapshots.graphql");
        builder.BindEnum<SnapshotChangeKind>("SnapshotChangeKind");
        builder.BindResolver("Query", "snapshotDiff", DiffAsync);
        builder.BindResolver("Snapshot", "downloads", context =>
            new ValueTask<object?>(Downloads(((SnapshotInfo)context.Source!).Label)));
        builder.BindResolver("Mutation", "publishSnapshot", PublishAsync);
        builder.BindResolver("Mutation", "registerWebhook", RegisterWebhookAsync);
        builder.BindResolver("Query", "webhooks", WebhooksAsync);
        builder.BindResolver("Webhook", "deliveries", DeliveriesAsync);
    }

    private async ValueTask<object?> DiffAsync(IResolveFieldContext context)
    {
        var from = context.GetArgument<string>("from")!;
        var to = context.GetArgument<string>("to")!;
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        try
        {
            var fromId = await SnapshotDiff.FindPublishedAsync(connection, null, from, "from", context.CancellationToken);
            var toId = await SnapshotDiff.FindPublishedAsync(connection, null, to, "to", context.CancellationToken);
            var set = access.MaySeeRegistered(context.User) ? DownloadSet.Registered : DownloadSet.Public;
            var changes = await SnapshotDiff.ComputeAsync(connection, null, fromId, toId,
                level => SnapshotExportReader.Discloses(set, level), context.CancellationToken);
            var result = new SnapshotDiffResult(from, to, changes);
            return new Dictionary<string, object?>
            {
                ["from"] = from,
                ["to"] = to,
                ["added"] = result.OfKind(SnapshotChangeKind.Added).ToArray(),
                ["changed"] = result.OfKind(SnapshotChangeKind.Changed).ToArray(),
                ["withdrawn"] = result.OfKind(SnapshotChangeKind.Withdrawn).ToArray(),
                ["regraded"] = result.OfKind(SnapshotChangeKind.Regraded).ToArray(),
                ["revised"] = result.OfKind(SnapshotChangeKind.Revised).ToArray(),
            };
        }
        catch (SnapshotNotFoundException e)
        {
            throw new GraphQLError(e.Message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotFound, ["field"] = e.Argument });
        }
    }

    private async ValueTask<object?> PublishAsync(IResolveFieldContext context)
    {
        if (!access.MaySeeRegistered(context.User))
        {
            return Refused("UNAUTHENTICATED", "Sign in as a curator to publish a snapshot.");
        }
        if (!access.MayPublish(context.User))
        {
            return Refused("FORBIDDEN", "Only curators and administrators publish snapshots.");
        }
        var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        var label = (string)input["label"]!;
        try
        {
            var published = await publication.PublishAsync(label, context.User!.Identity!.Name ?? "curator", context.CancellationToken,
                descriptionZh: input.GetValueOrDefault("descriptionZh") as string, descriptionEn: input.GetValueOrDefault("descriptionEn") as string);
            return new Dictionary<string, object?>
            {
                ["snapshot"] = new Dictionary<string, object?>
                {
                    ["label"] = published.Label,
                    ["factorCount"] = published.FactorCount,
                    ["contentDigest"] = published.ContentDigest,
                    ["previousLabel"] = published.PreviousLabel,
                    ["manifestUrl"] = $"/snapshots/{published.Label}/manifest.json",
                },
                ["errors"] = null,
            };
        }
        catch (SnapshotPublicationException e)
        {
            return Refused(e.Message.Contains("already used", StringComparison.Ordinal) ? "LABEL_TAKEN" : "INVALID_LABEL", e.Message);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Refused("LABEL_TAKEN", $"Snapshot label '{label}' is already used by another snapshot.");
        }
    }

    private async ValueTask<object?> RegisterWebhookAsync(IResolveFieldContext context)
    {
        static Dictionary<string, object?> Refuse(string code, string message) => new()
        {
            ["webhook"] = null,
            ["errors"] = new[] { new Dictionary<string, object?> { ["code"] = code, ["message"] = message } },
        };
        if (!access.MayManageWebhooks(context.User))
        {
            return Refuse("UNAUTHENTICATED", "Sign in to register a webhook.");
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
        var id = Guid.CreateVersion7();
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var command = new NpgsqlCommand(
            "INSERT INTO webhooks (id, url, secret, created_by) VALUES (@id, @url, @secret, @by) RETURNING created_at", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("url", url);
        command.Parameters.AddWithValue("secret", secret);
        command.Parameters.AddWithValue("by", Owner(context));
        var createdAt = (DateTime)(await command.ExecuteScalarAsync(context.CancellationToken))!;
        return new Dictionary<string, object?> { ["webhook"] = Webhook(id, url, createdAt), ["errors"] = null };
    }

    private async ValueTask<object?> WebhooksAsync(IResolveFieldContext context)
    {
        if (!access.MayManageWebhooks(context.User))
        {
            return Array.Empty<object>();
        }
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT id, url, created_at FROM webhooks WHERE created_by = @by ORDER BY created_at", connection);
        command.Parameters.AddWithValue("by", Owner(context));
        await using var reader = await command.ExecuteReaderAsync(context.CancellationToken);
        var result = new List<object>();
        while (await reader.ReadAsync(context.CancellationToken))
        {
            result.Add(Webhook(reader.GetGuid(0), reader.GetString(1), reader.GetDateTime(2)));
        }
        return result;
    }

    private async ValueTask<object?> DeliveriesAsync(IResolveFieldContext context)
    {
        var webhook = (Dictionary<string, object?>)context.Source!;
        var first = Math.Clamp(context.GetArgument<int?>("first") ?? 50, 0, 500);
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT delivery_id, snapshot_label, attempt, outcome, response_status, error, attempted_at
            FROM webhook_deliveries WHERE webhook_id = @id ORDER BY attempted_at DESC, id DESC LIMIT @first
            """, connection);
        command.Parameters.AddWithValue("id", Guid.Parse((string)webhook["id"]!));
        command.Parameters.AddWithValue("first", first);
        await using var reader = await command.ExecuteReaderAsync(context.CancellationToken);
        var result = new List<object>();
        while (await reader.ReadAsync(context.CancellationToken))
        {
            result.Add(new Dictionary<string, object?>
            {
                ["deliveryId"] = reader.GetGuid(0).ToString(),
                ["snapshotLabel"] = reader.GetString(1),
                ["attempt"] = reader.GetInt32(2),
                ["outcome"] = reader.GetString(3),
                ["responseStatus"] = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                ["error"] = reader.IsDBNull(5) ? null : reader.GetString(5),
                ["attemptedAt"] = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc)),
            });
        }
        return result;
    }

    private static string Owner(IResolveFieldContext context) => context.User?.Identity?.Name ?? "anonymous";

    private static Dictionary<string, object?> Webhook(Guid id, string url, DateTime createdAt) => new()
    {
        ["id"] = id.ToString(),
        ["url"] = url,
        ["createdAt"] = new DateTimeOffset(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc)),
    };

    public static Dictionary<string, object?> Downloads(string label) => new()
    {
        ["manifest"] = $"/snapshots/{label}/manifest.json",
        ["signature"] = $"/snapshots/{label}/manifest.sig",
        ["jsonLines"] = $"/snapshots/{label}/factors.jsonl.gz",
        ["csv"] = $"/snapshots/{label}/factors.csv",
        ["xlsx"] = $"/snapshots/{label}/factors.xlsx",
        ["changes"] = $"/snapshots/{label}/changes.csv",
        ["registeredManifest"] = $"/snapshots/{label}/registered/manifest.json",
        ["signingKey"] = "/snapshots/signing-key.pem",
    };

    private static Dictionary<string, object?> Refused(string code, string message) => new()
    {
        ["snapshot"] = null,
        ["errors"] = new[] { new Dictionary<string, object?> { ["code"] = code, ["message"] = message } },
    };
}
