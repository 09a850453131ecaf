using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Snapshots;
using FactorHub.Tests.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FactorHub.Tests.Snapshots.WebhookTestKit;

namespace FactorHub.Tests.Snapshots;

/// <summary>
/// registerWebhook / deactivateWebhook / reactivateWebhook / deleteWebhook with real accounts and API tokens: what
/// deactivation does to deliveries, who may change a webhook, and that the secret never comes back.
/// </summary>
public sealed class WebhookManagementTests : DatabaseTest
{
    private const string Fields = "id url active createdAt deliveries { deliveryId snapshotLabel attempt outcome responseStatus error attemptedAt } "
        + "queue { deliveryId snapshotLabel state attempts nextAttemptAt lastStatus lastError enqueuedAt finishedAt }";

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task ADeactivatedWebhookGetsNoDeliveryAndAReactivatedOneGetsTheNextPublication()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = new WebhookHost(Database).Started();
        using var client = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        var paused = await RegisterAsync(client, receiver.Url("/paused"));
        var control = await RegisterAsync(client, receiver.Url("/control"));

        var deactivated = await MutateAsync(client, "deactivateWebhook", paused);
        Assert.False(deactivated.GetProperty("webhook").GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, deactivated.GetProperty("errors").ValueKind);
        await PublishAsync(host, "2026.01");
        // The control webhook got 2026.01, so the dispatcher has run past it; the paused one got nothing and has nothing queued.
        await receiver.WaitForAsync(r => r.Any(x => x.Path == "/control" && x.Label == "2026.01"), "2026.01 at the control webhook");
        Assert.DoesNotContain(receiver.Received, r => r.Path == "/paused");
        Assert.Equal("", await QueueAsync(Database, Guid.Parse(paused)));

        var reactivated = await MutateAsync(client, "reactivateWebhook", paused);
        Assert.True(reactivated.GetProperty("webhook").GetProperty("active").GetBoolean());
        await PublishAsync(host, "2026.02");
        await receiver.WaitForAsync(r => r.Count(x => x.Path == "/paused") == 1 && r.Count(x => x.Path == "/control") == 2, "2026.02 at both webhooks");
        await EventuallyAsync(async () => await QueueAsync(Database, Guid.Parse(control)) == "2026.01:delivered:1|2026.02:delivered:1",
            "both deliveries to the control webhook to be recorded");
        Assert.Equal(["2026.02"], receiver.Received.Where(r => r.Path == "/paused").Select(r => r.Label));
        await EventuallyAsync(async () => await QueueAsync(Database, Guid.Parse(paused)) == "2026.02:delivered:1", "the delivery to be recorded");
        var queued = (await QueryAsync(client, $"{{ webhooks {{ id queue {{ snapshotLabel state attempts lastStatus }} }} }}"))
            .GetProperty("data").GetProperty("webhooks");
        Assert.Equal(new[] { "2026.02:DELIVERED:1:204" }, Queue(queued[0]));
        Assert.Equal(new[] { "2026.02:DELIVERED:1:204", "2026.01:DELIVERED:1:204" }, Queue(queued[1]));
        var listed = (await QueryAsync(client, $"{{ webhooks {{ {Fields} }} }}")).GetProperty("data").GetProperty("webhooks");
        Assert.Equal(new[] { (paused, true, "2026.02"), (control, true, "2026.02") }, listed.EnumerateArray().Select(w => (w.GetProperty("id").GetString()!,
            w.GetProperty("active").GetBoolean(), w.GetProperty("deliveries")[0].GetProperty("snapshotLabel").GetString()!)).ToArray());
    }

    [Fact]
    public async Task DeactivationCancelsQueuedDeliveriesOfThatWebhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = new WebhookHost(Database).Started();
        using var client = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        // An address nobody listens on: the delivery fails and waits in back-off.
        var webhook = await RegisterAsync(client, "http://127.0.0.1:9/unreachable");
        await EnqueueAsync(host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(), Snapshot("2026.01"));
        host.Services.GetRequiredService<FactorHub.Snapshots.Webhooks.WebhookDispatcher>().Wake();
        await EventuallyAsync(async () => (await QueueAsync(Database, Guid.Parse(webhook))).StartsWith("2026.01:retrying:", StringComparison.Ordinal),
            "the first attempt to fail");

        await MutateAsync(client, "deactivateWebhook", webhook);

        await using var connection = await Database.OpenAppConnectionAsync();
        await EventuallyAsync(async () => (await QueueAsync(Database, Guid.Parse(webhook))).StartsWith("2026.01:cancelled:", StringComparison.Ordinal),
            "the queued delivery to be cancelled");
        var attempts = await connection.ScalarAsync<long>("SELECT count(*) FROM webhook_deliveries WHERE webhook_id = @id", ("id", Guid.Parse(webhook)));
        await Task.Delay(600); // Three back-offs of the test host: no further attempt.
        Assert.Equal(attempts, await connection.ScalarAsync<long>("SELECT count(*) FROM webhook_deliveries WHERE webhook_id = @id", ("id", Guid.Parse(webhook))));
        var entry = Assert.Single((await QueryAsync(client, $"{{ webhooks {{ {Fields} }} }}")).GetProperty("data").GetProperty("webhooks")[0]
            .GetProperty("queue").EnumerateArray());
        Assert.Equal(("2026.01", "CANCELLED", attempts), (entry.GetProperty("snapshotLabel").GetString(), entry.GetProperty("state").GetString(),
            (long)entry.GetProperty("attempts").GetInt32()));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("nextAttemptAt").ValueKind);
        Assert.Equal(JsonValueKind.String, entry.GetProperty("finishedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("lastStatus").ValueKind); // Nobody answered: no HTTP status.
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("lastError").GetString()));
    }

    [Fact]
    public async Task DeactivationAlsoCancelsADeliveryWhoseAttemptIsInFlight()
    {
        await using var host = new FactorHubWebApplicationFactory(Database);
        var dataSource = host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>();
        using var client = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        var webhook = Guid.Parse(await RegisterAsync(client, "https://engine.example/hook"));
        await EnqueueAsync(dataSource, Snapshot("2026.01"));
        // An instance claims the attempt and (say) dies: its claim would hold for an hour, and claims only pick active
        // webhooks, so a row left open here would stay pending for ever.
        var claimed = Assert.Single(await FactorHub.Snapshots.Webhooks.WebhookOutbox.ClaimAsync(dataSource, "instance-that-dies", 10,
            TimeSpan.FromHours(1), CancellationToken.None));

        await MutateAsync(client, "deactivateWebhook", webhook.ToString());

        Assert.Equal("2026.01:cancelled:1", await QueueAsync(Database, webhook));
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.True(await connection.ScalarAsync<bool>(
            "SELECT next_attempt_at IS NULL AND claimed_by IS NULL AND finished_at IS NOT NULL AND last_error = 'webhook deactivated' FROM webhook_outbox WHERE webhook_id = @id",
            ("id", webhook)));
        // Should that attempt still finish, it records nothing: its row is no longer open.
        Assert.Null(await FactorHub.Snapshots.Webhooks.WebhookOutbox.RecordAsync(dataSource, claimed, delivered: true, 204, null,
            new FactorHub.Snapshots.Webhooks.WebhookOptions(), CancellationToken.None));
        Assert.Equal("2026.01:cancelled:1", await QueueAsync(Database, webhook));
        Assert.Equal("", await LogAsync(Database, webhook));
    }

    [Fact]
    public async Task OnlyTheOwningOrganisationSeesOrChangesAWebhook()
    {
        await using var host = new WebhookHost(Database).Started();
        using var owner = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        using var colleague = await ClientAsync(host, Roles.Provider, "DEMO-INSTITUTE");
        using var stranger = await ClientAsync(host, Roles.Consumer, "FH-CURATION");
        using var anonymous = IdentityTestKit.Client(host);
        var webhook = await RegisterAsync(owner, "https://engine.example/hook");

        foreach (var mutation in new[] { "deactivateWebhook", "reactivateWebhook", "deleteWebhook" })
        {
            var refused = await MutateAsync(stranger, mutation, webhook, "errors { code message }");
            var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
            Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
            Assert.Equal($"input.id: no webhook '{webhook}' belongs to your organisation.", error.GetProperty("message").GetString());
            // The same answer as for a webhook that does not exist: nothing to learn about other organisations' webhooks.
            var missing = Guid.NewGuid().ToString();
            Assert.Equal($"input.id: no webhook '{missing}' belongs to your organisation.",
                (await MutateAsync(stranger, mutation, missing, "errors { code message }")).GetProperty("errors")[0].GetProperty("message").GetString());
            var unauthenticated = await MutateAsync(anonymous, mutation, webhook, "errors { code message }");
            Assert.Equal("UNAUTHENTICATED", unauthenticated.GetProperty("errors")[0].GetProperty("code").GetString());
        }
        Assert.Equal(0, (await QueryAsync(stranger, "{ webhooks { id } }")).GetProperty("data").GetProperty("webhooks").GetArrayLength());
        Assert.Equal(0, (await QueryAsync(anonymous, "{ webhooks { id } }")).GetProperty("data").GetProperty("webhooks").GetArrayLength());
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.True(await connection.ScalarAsync<bool>("SELECT active FROM webhooks WHERE id = @id", ("id", Guid.Parse(webhook))));

        // A colleague in the same organisation sees it and may change it.
        Assert.Equal(webhook, (await QueryAsync(colleague, "{ webhooks { id } }")).GetProperty("data").GetProperty("webhooks")[0].GetProperty("id").GetString());
        Assert.False((await MutateAsync(colleague, "deactivateWebhook", webhook)).GetProperty("webhook").GetProperty("active").GetBoolean());
        Assert.False(await connection.ScalarAsync<bool>("SELECT active FROM webhooks WHERE id = @id", ("id", Guid.Parse(webhook))));
    }

    [Fact]
    public async Task AnAPITokenNeedsTheWebhooksManageScopeToSeeOrChangeWebhooks()
    {
        await using var host = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        using var manager = IdentityTestKit.Client(host, (await IdentityTestKit.CreateTokenAsync(host, user, ApiTokenScopes.WebhooksManage)).Token);
        using var limited = IdentityTestKit.Client(host,
            (await IdentityTestKit.CreateTokenAsync(host, user, ApiTokenScopes.FactorsRead, ApiTokenScopes.CitationsReport)).Token);
        var webhook = await RegisterAsync(manager, "https://engine.example/hook");
        await using var connection = await Database.OpenAppConnectionAsync();
        const string State = "SELECT (SELECT string_agg(url || ':' || active, '|' ORDER BY url) FROM webhooks) || '/' || (SELECT count(*) FROM audit_log WHERE event LIKE 'webhook-%')";
        var before = await connection.ScalarAsync<string>(State);

        var registered = (await QueryAsync(limited,
                $$"""mutation { registerWebhook(input: { url: "https://other.example/hook", secret: "{{Secret}}" }) { webhook { id } errors { code message } } }"""))
            .GetProperty("data").GetProperty("registerWebhook");
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("webhook").ValueKind);
        Assert.Equal(("FORBIDDEN", "Mutation.registerWebhook needs an API token with the scope 'webhooks:manage'."), Error(registered));
        foreach (var mutation in new[] { "deactivateWebhook", "reactivateWebhook", "deleteWebhook" })
        {
            var refused = await MutateAsync(limited, mutation, webhook, "errors { code message }");
            Assert.Equal(("FORBIDDEN", $"Mutation.{mutation} needs an API token with the scope 'webhooks:manage'."), Error(refused));
        }
        var (_, body, text) = await IdentityTestKit.GraphQLAsync(limited, "{ webhooks { id url } }");
        Assert.Equal(["FORBIDDEN"], IdentityTestKit.ErrorCodes(body));
        Assert.Equal("Query.webhooks needs an API token with the scope 'webhooks:manage'.", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.DoesNotContain("engine.example", text, StringComparison.Ordinal);
        Assert.Equal(before, await connection.ScalarAsync<string>(State));

        // The token with the scope (and nothing else) lists and changes it.
        Assert.Equal(webhook, (await QueryAsync(manager, "{ webhooks { id } }")).GetProperty("data").GetProperty("webhooks")[0].GetProperty("id").GetString());
        Assert.False((await MutateAsync(manager, "deactivateWebhook", webhook)).GetProperty("webhook").GetProperty("active").GetBoolean());
        Assert.True((await MutateAsync(manager, "reactivateWebhook", webhook)).GetProperty("webhook").GetProperty("active").GetBoolean());
        Assert.Equal(webhook, (await MutateAsync(manager, "deleteWebhook", webhook, "webhookId errors { code }")).GetProperty("webhookId").GetString());
    }

    [Fact]
    public async Task ACookieSessionManagesWebhooksWithoutAnyTokenScope()
    {
        await using var host = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        var session = await IdentityTestKit.PrincipalAsync(host, user);
        var policy = host.Services.GetRequiredService<ISnapshotAccessPolicy>();
        Assert.True(policy.MayManageWebhooks(session));
        var token = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            session.Claims.Append(new System.Security.Claims.Claim(FactorHubClaims.TokenId, Guid.NewGuid().ToString()))
                .Append(new System.Security.Claims.Claim(FactorHubClaims.Scope, ApiTokenScopes.FactorsRead)), "token"));
        Assert.False(policy.MayManageWebhooks(token));
        Assert.False(policy.MayManageWebhooks(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity())));
    }

    private static (string?, string?) Error(JsonElement payload) =>
        Assert.Single(payload.GetProperty("errors").EnumerateArray()) is var e ? (e.GetProperty("code").GetString(), e.GetProperty("message").GetString()) : default;

    [Fact]
    public async Task DeleteWebhookRemovesItWithItsSecretQueueAndLog()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = new WebhookHost(Database).Started();
        using var client = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        var webhook = await RegisterAsync(client, receiver.Url());
        await PublishAsync(host, "2026.01");
        await EventuallyAsync(async () => await QueueAsync(Database, Guid.Parse(webhook)) == "2026.01:delivered:1", "the delivery");

        var deleted = await MutateAsync(client, "deleteWebhook", webhook, "webhookId errors { code message }");

        Assert.Equal(webhook, deleted.GetProperty("webhookId").GetString());
        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.Equal(0L, await connection.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM webhooks WHERE id = @id) + (SELECT count(*) FROM webhook_outbox WHERE webhook_id = @id) + (SELECT count(*) FROM webhook_deliveries WHERE webhook_id = @id)",
            ("id", Guid.Parse(webhook))));
        Assert.Equal("NOT_FOUND", (await MutateAsync(client, "deleteWebhook", webhook, "webhookId errors { code message }"))
            .GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task DeleteWebhookDoesNotDeadlockWithAnAttemptBeingRecorded()
    {
        await using var host = new FactorHubWebApplicationFactory(Database);
        using var client = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        var webhook = Guid.Parse(await RegisterAsync(client, "https://engine.example/hook"));
        await EnqueueAsync(host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(), Snapshot("2026.01"));
        await using var recorder = await Database.OpenAppConnectionAsync();
        await using var observer = await Database.OpenAppConnectionAsync();

        // Recording an attempt: the queue row is locked first, then the log row is inserted (its foreign key check
        // takes FOR KEY SHARE on the webhook row). deleteWebhook comes in between and waits for the queue row.
        await recorder.ExecuteAsync("BEGIN");
        await recorder.ExecuteAsync("UPDATE webhook_outbox SET attempts = 1 WHERE webhook_id = @id", ("id", webhook));
        var deleting = MutateAsync(client, "deleteWebhook", webhook.ToString(), "webhookId errors { code message }");
        await EventuallyAsync(async () => await observer.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DELETE FROM webhook_outbox%'") == 1,
            "deleteWebhook to wait for the queue row");
        await recorder.ExecuteAsync(
            """
            INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, snapshot_label, attempt, outcome)
            SELECT webhook_id, delivery_id, event, snapshot_label, 1, 'failed' FROM webhook_outbox WHERE webhook_id = @id
            """, ("id", webhook));
        await recorder.ExecuteAsync("COMMIT");

        Assert.Equal(webhook.ToString(), (await deleting).GetProperty("webhookId").GetString());
        Assert.Equal(0L, await observer.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM webhooks WHERE id = @id) + (SELECT count(*) FROM webhook_outbox WHERE webhook_id = @id) + (SELECT count(*) FROM webhook_deliveries WHERE webhook_id = @id)",
            ("id", webhook)));
    }

    [Fact]
    public async Task TheSecretNeverAppearsInResultsOrLogs()
    {
        var logs = new CapturingLoggerProvider();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (_, before) => before == 0 ? System.Net.HttpStatusCode.InternalServerError : System.Net.HttpStatusCode.NoContent;
        await using var host = new WebhookHost(Database, logs: logs).Started();
        using var client = await ClientAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        var texts = new List<string>();

        var (_, _, registered) = await IdentityTestKit.GraphQLAsync(client,
            $$"""mutation { registerWebhook(input: { url: "{{receiver.Url()}}", secret: "{{Secret}}" }) { webhook { {{Fields}} } errors { code message } } }""");
        texts.Add(registered);
        var id = JsonDocument.Parse(registered).RootElement.GetProperty("data").GetProperty("registerWebhook").GetProperty("webhook").GetProperty("id").GetString()!;
        await PublishAsync(host, "2026.01");
        await EventuallyAsync(async () => await QueueAsync(Database, Guid.Parse(id)) == "2026.01:delivered:2", "a failed and a successful attempt");
        texts.Add((await IdentityTestKit.GraphQLAsync(client, $"{{ webhooks {{ {Fields} }} }}")).Text);
        foreach (var mutation in new[] { "deactivateWebhook", "reactivateWebhook" })
        {
            texts.Add((await IdentityTestKit.GraphQLAsync(client,
                $$"""mutation { {{mutation}}(input: { id: "{{id}}" }) { webhook { {{Fields}} } errors { code message } } }""")).Text);
        }
        // A weak secret is refused without echoing it.
        texts.Add((await IdentityTestKit.GraphQLAsync(client,
            """mutation { registerWebhook(input: { url: "https://engine.example/hook", secret: "weak-secret-123" }) { webhook { id } errors { code message } } }""")).Text);

        Assert.Contains(texts, t => t.Contains(id, StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("failed: HTTP 500", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(Secret, t, StringComparison.Ordinal));
        Assert.DoesNotContain("weak-secret-123", texts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Secret, StringComparison.Ordinal) || m.Contains("weak-secret-123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryChangeToAWebhookIsAuditedWithActorOrganisationAndWebhookButNeverTheSecretOrTheURLPath()
    {
        await using var host = new WebhookHost(Database).Started();
        var user = await IdentityTestKit.CreateAccountAsync(host, Roles.Consumer, "DEMO-INSTITUTE");
        using var client = IdentityTestKit.Client(host, (await IdentityTestKit.CreateFullTokenAsync(host, user, Roles.Consumer)).Token);
        using var stranger = await ClientAsync(host, Roles.Consumer, "FH-CURATION");
        // Receivers often carry a token of their own in the path or query: the audit log keeps only the origin.
        var webhook = await RegisterAsync(client, "https://engine.example:8443/hooks/path-token-123?key=query-token-456");
        foreach (var mutation in new[] { "deactivateWebhook", "reactivateWebhook" })
        {
            await MutateAsync(client, mutation, webhook);
        }
        // Refused changes write nothing.
        Assert.Equal("NOT_FOUND", (await MutateAsync(stranger, "deleteWebhook", webhook, "errors { code }")).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("WEAK_SECRET", (await QueryAsync(client, """mutation { registerWebhook(input: { url: "https://engine.example/hook", secret: "short" }) { errors { code } } }"""))
            .GetProperty("data").GetProperty("registerWebhook").GetProperty("errors")[0].GetProperty("code").GetString());
        await MutateAsync(client, "deleteWebhook", webhook, "webhookId errors { code }");

        await using var connection = await Database.OpenAppConnectionAsync();
        var organisation = await connection.ScalarAsync<Guid>("SELECT id FROM organisations WHERE code = 'DEMO-INSTITUTE'");
        var rows = new List<string>();
        await using (var select = new Npgsql.NpgsqlCommand(
            """
            SELECT actor, event, subject_type, subject_id, details->>'organisationId', coalesce(details->>'urlOrigin', '-')
            FROM audit_log WHERE event LIKE 'webhook-%' ORDER BY id
            """, connection))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
            }
        }
        Assert.Equal(string.Join('\n',
            $"{user.UserName}|webhook-registered|webhook|{webhook}|{organisation}|https://engine.example:8443",
            $"{user.UserName}|webhook-deactivated|webhook|{webhook}|{organisation}|-",
            $"{user.UserName}|webhook-reactivated|webhook|{webhook}|{organisation}|-",
            $"{user.UserName}|webhook-deleted|webhook|{webhook}|{organisation}|-"), string.Join('\n', rows));
        var everything = await connection.ScalarAsync<string>("SELECT string_agg(row_to_json(a)::text, ' ') FROM audit_log a");
        foreach (var secret in new[] { Secret, "path-token-123", "query-token-456" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private static string[] Queue(JsonElement webhook) => [.. webhook.GetProperty("queue").EnumerateArray().Select(q =>
        $"{q.GetProperty("snapshotLabel").GetString()}:{q.GetProperty("state").GetString()}:{q.GetProperty("attempts").GetInt32()}:{q.GetProperty("lastStatus")}")];

    private static async Task<HttpClient> ClientAsync(FactorHubWebApplicationFactory host, string role, string organisation)
    {
        var user = await IdentityTestKit.CreateAccountAsync(host, role, organisation);
        return IdentityTestKit.Client(host, (await IdentityTestKit.CreateFullTokenAsync(host, user, role)).Token);
    }

    private static Task PublishAsync(WebhookHost host, string label) =>
        host.Services.GetRequiredService<SnapshotPublication>().PublishAsync(label, "curator", CancellationToken.None);

    private static async Task<string> RegisterAsync(HttpClient client, string url)
    {
        var payload = (await QueryAsync(client,
                $$"""mutation { registerWebhook(input: { url: "{{url}}", secret: "{{Secret}}" }) { webhook { id active } errors { code message } } }"""))
            .GetProperty("data").GetProperty("registerWebhook");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.True(payload.GetProperty("webhook").GetProperty("active").GetBoolean());
        return payload.GetProperty("webhook").GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> MutateAsync(HttpClient client, string mutation, string id,
        string selection = "webhook { id active } errors { code message }") =>
        (await QueryAsync(client, $$"""mutation { {{mutation}}(input: { id: "{{id}}" }) { {{selection}} } }"""))
        .GetProperty("data").GetProperty(mutation);

    private static async Task<JsonElement> QueryAsync(HttpClient client, string query)
    {
        var (_, body, text) = await IdentityTestKit.GraphQLAsync(client, query);
        Assert.False(body.TryGetProperty("errors", out _), text);
        return body;
    }
}
