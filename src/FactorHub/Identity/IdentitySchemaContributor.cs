using FactorHub.Data;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Identity;

/// <summary>
/// Identity's part of the GraphQL schema: the caller's account and API tokens, token creation and revocation
/// (HotChocolate style: <c>input:</c> → payload with typed <c>errors</c>), and the audit log for administrators.
/// </summary>
public sealed class IdentitySchemaContributor : ISchemaContributor
{
    public const string TypeDefs = """
        extend type Query {
          "The signed-in account; null for anonymous callers."
          me: Account
          "Your API tokens, newest first, without their secrets."
          myApiTokens: [ApiToken!]!
          "Security-relevant events, newest first (administrators). At most 500 entries per request."
          auditLog(event: String, first: Int = 50): [AuditLogEntry!]!
        }

        extend type Mutation {
          "Creates an API token for the signed-in account (or its organisation). The token is in the payload once and never again."
          createApiToken(input: CreateApiTokenInput!): CreateApiTokenPayload!
          "Revokes one of your API tokens (administrators: anyone's). Revoking a revoked token changes nothing."
          revokeApiToken(input: RevokeApiTokenInput!): RevokeApiTokenPayload!
        }

        "A signed-in account."
        type Account {
          id: ID!
          email: String!
          "The code of the organisation the account belongs to."
          organisationCode: String!
          roles: [String!]!
        }

        "What an API token may be used for."
        enum ApiTokenScope {
          "factors:read — read registered-level factor values."
          FACTORS_READ
          "factors:submit — submit and revise factors."
          FACTORS_SUBMIT
          "citations:report — report which factor versions a declaration used."
          CITATIONS_REPORT
          "reviews:write — write expert reviews."
          REVIEWS_WRITE
          "webhooks:manage — list, register, deactivate, reactivate and delete your organisation's webhooks."
          WEBHOOKS_MANAGE
          "admin — administration (administrators only)."
          ADMIN
        }

        "An API token as its owner sees it: never its secret."
        type ApiToken {
          id: ID!
          name: String!
          "The token's first characters (fh_ and six more), to tell tokens apart."
          prefix: String!
          scopes: [ApiTokenScope!]!
          "Whether the token was created for the account's organisation."
          forOrganisation: Boolean!
          createdAt: DateTime!
          expiresAt: DateTime!
          lastUsedAt: DateTime
          revokedAt: DateTime
        }

        input CreateApiTokenInput {
          "1 to 100 characters, e.g. the client's name."
          name: String!
          scopes: [ApiTokenScope!]!
          "Default 90 days from now; at most 366 days."
          expiresAt: DateTime
          forOrganisation: Boolean = false
        }

        input RevokeApiTokenInput {
          id: ID!
        }

        "Why a token mutation was refused; field names the input that caused it."
        type ApiTokenError {
          code: String!
          message: String!
          field: String
        }

        type CreateApiTokenPayload {
          apiToken: ApiToken
          "The token to send as Authorization: Bearer …; shown only in this response."
          token: String
          errors: [ApiTokenError!]
        }

        type RevokeApiTokenPayload {
          apiToken: ApiToken
          errors: [ApiTokenError!]
        }

        "One security-relevant event."
        type AuditLogEntry {
          id: ID!
          occurredAt: DateTime!
          actor: String
          event: String!
          subjectType: String
          subjectId: String
          remoteAddress: String
          "JSON details; never secrets or compute-only values."
          details: String
        }
        """;

    private static readonly Dictionary<string, string> ScopeNames = new(StringComparer.Ordinal)
    {
        ["FACTORS_READ"] = ApiTokenScopes.FactorsRead,
        ["FACTORS_SUBMIT"] = ApiTokenScopes.FactorsSubmit,
        ["CITATIONS_REPORT"] = ApiTokenScopes.CitationsReport,
        ["REVIEWS_WRITE"] = ApiTokenScopes.ReviewsWrite,
        ["WEBHOOKS_MANAGE"] = ApiTokenScopes.WebhooksManage,
        ["ADMIN"] = ApiTokenScopes.Admin,
    };

    public void Contribute(SchemaBuilder builder)
    {
        // Root fields of a query may resolve concurrently, and a DbContext allows one operation at a time: each
        // resolver works in its own scope (own DbContext).
        builder.AddTypeDefs(TypeDefs, "identity.graphql");
        builder.Authorize("Query.myApiTokens", Policies.SignedIn)
            .Authorize("Query.auditLog", Policies.Role(Roles.Administrator), Policies.Scope(ApiTokenScopes.Admin))
            // A token cannot mint or revoke tokens unless it is an administrator's token with the admin scope: a leaked
            // token must not be able to outlive its own revocation.
            .Authorize("Mutation.createApiToken", Policies.SignedIn, Policies.Scope(ApiTokenScopes.Admin))
            .Authorize("Mutation.revokeApiToken", Policies.SignedIn, Policies.Scope(ApiTokenScopes.Admin));

        builder.BindResolver("Query", "me", async ctx =>
        {
            if (ctx.User.UserId() is not { } id) return null;
            await using var scope = ctx.RequestServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, ctx.CancellationToken);
            return new Dictionary<string, object?>
            {
                ["id"] = user.Id.ToString(),
                ["email"] = user.Email,
                ["organisationCode"] = ctx.User!.FindFirst(FactorHubClaims.OrganisationCode)?.Value,
                ["roles"] = Roles.All.Where(ctx.User.IsInRole).ToArray(),
            };
        });
        builder.BindResolver("Query", "myApiTokens", async ctx =>
        {
            await using var scope = ctx.RequestServices.CreateAsyncScope();
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
            return (await tokens.ListAsync(ctx.User!, ctx.CancellationToken)).Select(View).ToArray();
        });
        builder.BindResolver("Query", "auditLog", async ctx =>
        {
            var first = Math.Clamp(ctx.GetArgument<int?>("first") ?? 50, 0, 500);
            var @event = ctx.GetArgument<string>("event");
            await using var scope = ctx.RequestServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
            var query = db.AuditLog.AsNoTracking();
            if (@event is not null) query = query.Where(e => e.Event == @event);
            var entries = await query.OrderByDescending(e => e.Id).Take(first).ToListAsync(ctx.CancellationToken);
            return entries.Select(e => (object?)new Dictionary<string, object?>
            {
                ["id"] = e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["occurredAt"] = e.OccurredAt,
                ["actor"] = e.Actor,
                ["event"] = e.Event,
                ["subjectType"] = e.SubjectType,
                ["subjectId"] = e.SubjectId,
                ["remoteAddress"] = e.RemoteAddress,
                ["details"] = e.Details,
            }).ToArray();
        });
        builder.BindResolver("Mutation", "createApiToken", async ctx =>
        {
            var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
            await using var scope = ctx.RequestServices.CreateAsyncScope();
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
            try
            {
                var scopes = ((IEnumerable<object?>)input["scopes"]!).Select(s => ScopeNames[(string)s!]).ToArray();
                var created = await tokens.CreateAsync(ctx.User!, (string)input["name"]!, scopes,
                    input.GetValueOrDefault("expiresAt") is { } expires ? ToDateTimeOffset(expires) : null,
                    input.GetValueOrDefault("forOrganisation") is true, ctx.CancellationToken);
                return new Dictionary<string, object?> { ["apiToken"] = View(created.Record), ["token"] = created.Token, ["errors"] = null };
            }
            catch (ApiTokenException error)
            {
                return Refused(error);
            }
        });
        builder.BindResolver("Mutation", "revokeApiToken", async ctx =>
        {
            var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
            await using var scope = ctx.RequestServices.CreateAsyncScope();
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
            try
            {
                if (!Guid.TryParse(input["id"] as string, out var id))
                {
                    throw new ApiTokenException("TOKEN_NOT_FOUND", "input.id", "input.id: you have no API token with this id.");
                }
                var revoked = await tokens.RevokeAsync(ctx.User!, id, ctx.CancellationToken);
                return new Dictionary<string, object?> { ["apiToken"] = View(revoked), ["errors"] = null };
            }
            catch (ApiTokenException error)
            {
                return Refused(error);
            }
        });
    }

    private static DateTimeOffset ToDateTimeOffset(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(dateTime),
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ApiTokenException("INVALID_EXPIRY", "input.expiresAt", "input.expiresAt: not a date-time."),
    };

    private static Dictionary<string, object?> Refused(ApiTokenException error) => new()
    {
        ["errors"] = new[] { new Dictionary<string, object?> { ["code"] = error.Code, ["message"] = error.Message, ["field"] = error.Field } },
    };

    private static Dictionary<string, object?> View(ApiToken token) => new()
    {
        ["id"] = token.Id.ToString(),
        ["name"] = token.Name,
        ["prefix"] = token.DisplayPrefix,
        ["scopes"] = token.Scopes.Select(s => ScopeNames.First(p => p.Value == s).Key).ToArray(),
        ["forOrganisation"] = token.OrganisationId is not null,
        ["createdAt"] = token.CreatedAt,
        ["expiresAt"] = token.ExpiresAt,
        ["lastUsedAt"] = token.LastUsedAt,
        ["revokedAt"] = token.RevokedAt,
    };
}
