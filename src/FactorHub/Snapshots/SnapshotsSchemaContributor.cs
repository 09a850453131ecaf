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
/// with typed <c>errors</c>). Who may publish is decided by <see cref="ISnapshotAccessPolicy"/>. Webhooks have their own
/// contributor (<see cref="Webhooks.WebhooksSchemaContributor"/>).
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
        }

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
