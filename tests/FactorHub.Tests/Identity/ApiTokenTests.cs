using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FactorHub.Tests.Identity;

public sealed class ApiTokenTests : DatabaseTest
{
    private const string RegisteredCode = "MAT.CATHODE-NCM.CN.DEMO.CO2E.2024";

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var created = await IdentityTestKit.CreateTokenAsync(factory, user, ApiTokenScopes.FactorsRead);

        Assert.StartsWith("fh_", created.Token);
        Assert.Equal(46, created.Token.Length);
        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var select = new NpgsqlCommand("SELECT secret_hash, display_prefix, row_to_json(t)::text FROM api_tokens t", connection);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(created.Token)), (byte[])reader[0]);
        Assert.Equal(created.Token[..9], reader.GetString(1));
        // The secret part appears nowhere in the row, in any encoding Postgres would print.
        Assert.DoesNotContain(created.Token[9..], reader.GetString(2));
        Assert.False(await reader.ReadAsync());
        await reader.DisposeAsync();
        await using var audit = new NpgsqlCommand("SELECT string_agg(coalesce(details::text, ''), ' ') FROM audit_log", connection);
        Assert.DoesNotContain(created.Token[9..], (string)(await audit.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_live_token_authenticates_and_records_its_last_use()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY", "engine@example.org");
        var created = await IdentityTestKit.CreateTokenAsync(factory, user, ApiTokenScopes.FactorsRead);
        using var client = IdentityTestKit.Client(factory, created.Token);

        var (response, body, text) = await IdentityTestKit.GraphQLAsync(client, "{ me { email organisationCode roles } myApiTokens { prefix scopes lastUsedAt } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(IdentityTestKit.ErrorCodes(body).Count == 0, text);
        var data = body.GetProperty("data");
        Assert.Equal("engine@example.org", data.GetProperty("me").GetProperty("email").GetString());
        Assert.Equal("DEMO-BATTERY", data.GetProperty("me").GetProperty("organisationCode").GetString());
        Assert.Equal(["Consumer"], data.GetProperty("me").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var token = Assert.Single(data.GetProperty("myApiTokens").EnumerateArray());
        Assert.Equal(created.Token[..9], token.GetProperty("prefix").GetString());
        Assert.Equal(["FACTORS_READ"], token.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.NotEqual(JsonValueKind.Null, token.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain(created.Token[9..], body.GetRawText());
    }

    [Fact]
    public async Task Revoked_expired_and_unknown_tokens_are_refused_with_401()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var revoked = await IdentityTestKit.CreateTokenAsync(factory, user);
        var expired = await IdentityTestKit.CreateTokenAsync(factory, user);
        var live = await IdentityTestKit.CreateTokenAsync(factory, user);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .RevokeAsync(await IdentityTestKit.PrincipalAsync(factory, user), revoked.Record.Id);
        }
        await using (var connection = await Database.OpenOwnerConnectionAsync())
        await using (var expire = new NpgsqlCommand(
            "UPDATE api_tokens SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE id = @id", connection))
        {
            expire.Parameters.AddWithValue("id", expired.Record.Id);
            await expire.ExecuteNonQueryAsync();
        }

        foreach (var token in new[] { revoked.Token, expired.Token, "fh_" + new string('A', 43), "not-a-token" })
        {
            using var client = IdentityTestKit.Client(factory, token);
            var (response, _, text) = await IdentityTestKit.GraphQLAsync(client, "{ serverInfo { name } }");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
            Assert.DoesNotContain("FactorHub", text);
        }
        using var liveClient = IdentityTestKit.Client(factory, live.Token);
        Assert.Equal(HttpStatusCode.OK, (await IdentityTestKit.GraphQLAsync(liveClient, "{ serverInfo { name } }")).Response.StatusCode);

        await using var audit = await Database.OpenOwnerConnectionAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE event = 'token-revoked' AND subject_id = @id", audit);
        count.Parameters.AddWithValue("id", revoked.Record.Id.ToString());
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Scopes_are_enforced()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var consumer = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var admin = await IdentityTestKit.CreateAccountAsync(factory, Roles.Administrator, "FH-CURATION");
        var reader = await IdentityTestKit.CreateTokenAsync(factory, consumer, ApiTokenScopes.FactorsRead);
        var citer = await IdentityTestKit.CreateTokenAsync(factory, consumer, ApiTokenScopes.CitationsReport);
        var adminRead = await IdentityTestKit.CreateTokenAsync(factory, admin, ApiTokenScopes.FactorsRead);
        var adminFull = await IdentityTestKit.CreateTokenAsync(factory, admin, ApiTokenScopes.Admin, ApiTokenScopes.FactorsRead);
        var valueQuery = $$"""{ factor(code: "{{RegisteredCode}}") { version { value valueWithheld } } }""";

        // factors:read is what lets a token see registered values.
        var withScope = (await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, reader.Token), valueQuery)).Body;
        Assert.Equal("20", withScope.GetProperty("data").GetProperty("factor").GetProperty("version").GetProperty("value").GetRawText());
        var withoutScope = (await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, citer.Token), valueQuery)).Body;
        Assert.Equal(JsonValueKind.Null, withoutScope.GetProperty("data").GetProperty("factor").GetProperty("version").GetProperty("value").ValueKind);

        // admin fields need the admin scope even for an administrator's token.
        const string auditQuery = "{ auditLog(first: 5) { event } }";
        var (_, denied, _) = await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, adminRead.Token), auditQuery);
        Assert.Equal(["FORBIDDEN"], IdentityTestKit.ErrorCodes(denied));
        Assert.Equal("Query.auditLog needs an API token with the scope 'admin'.", denied.GetProperty("errors")[0].GetProperty("message").GetString());
        var (_, allowed, _) = await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, adminFull.Token), auditQuery);
        Assert.Empty(IdentityTestKit.ErrorCodes(allowed));
        Assert.Contains(allowed.GetProperty("data").GetProperty("auditLog").EnumerateArray(), e => e.GetProperty("event").GetString() == "token-created");

        // A token cannot grant scopes it lacks, and only administrators grant admin.
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var consumerPrincipal = await IdentityTestKit.PrincipalAsync(factory, consumer);
        var adminScope = await Assert.ThrowsAsync<ApiTokenException>(() =>
            tokens.CreateAsync(consumerPrincipal, "x", [ApiTokenScopes.Admin], null, false));
        Assert.Equal("input.scopes: only administrators can create tokens with the 'admin' scope.", adminScope.Message);
        var unknown = await Assert.ThrowsAsync<ApiTokenException>(() =>
            tokens.CreateAsync(consumerPrincipal, "x", ["factors:write"], null, false));
        Assert.Equal("input.scopes: 'factors:write' is not a scope; use factors:read, factors:submit, citations:report, reviews:write, webhooks:manage, admin.", unknown.Message);
    }

    [Fact]
    public async Task CreateApiToken_and_revokeApiToken_over_GraphQL()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var admin = await IdentityTestKit.CreateAccountAsync(factory, Roles.Administrator, "FH-CURATION");
        var adminToken = await IdentityTestKit.CreateFullTokenAsync(factory, admin, Roles.Administrator);
        using var client = IdentityTestKit.Client(factory, adminToken.Token);

        var (_, created, _) = await IdentityTestKit.GraphQLAsync(client, """
            mutation { createApiToken(input: { name: "nightly export", scopes: [FACTORS_READ] }) { token apiToken { id prefix scopes } errors { code } } }
            """);
        var payload = created.GetProperty("data").GetProperty("createApiToken");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var token = payload.GetProperty("token").GetString()!;
        Assert.StartsWith(payload.GetProperty("apiToken").GetProperty("prefix").GetString()!, token);
        var id = payload.GetProperty("apiToken").GetProperty("id").GetString();

        var (_, refused, _) = await IdentityTestKit.GraphQLAsync(client, """
            mutation { createApiToken(input: { name: "  ", scopes: [FACTORS_READ] }) { token errors { code message field } } }
            """);
        var error = refused.GetProperty("data").GetProperty("createApiToken").GetProperty("errors")[0];
        Assert.Equal("INVALID_TOKEN_NAME", error.GetProperty("code").GetString());
        Assert.Equal("input.name", error.GetProperty("field").GetString());

        var (_, revoked, _) = await IdentityTestKit.GraphQLAsync(client,
            "mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } errors { code } } }", new { id });
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("data").GetProperty("revokeApiToken").GetProperty("apiToken").GetProperty("revokedAt").ValueKind);
        var (response, _, _) = await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, token), "{ serverInfo { name } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        // A token without the admin scope cannot mint tokens (a leaked token must not outlive its revocation).
        var consumer = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var consumerToken = await IdentityTestKit.CreateFullTokenAsync(factory, consumer, Roles.Consumer);
        var (_, forbidden, _) = await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, consumerToken.Token),
            """mutation { createApiToken(input: { name: "copy", scopes: [FACTORS_READ] }) { token } }""");
        Assert.Equal(["FORBIDDEN"], IdentityTestKit.ErrorCodes(forbidden));
    }
}
