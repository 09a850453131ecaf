using FactorHub.Data;
using FactorHub.Hosting;
using FactorHub.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FactorHub.Tests.Identity;

public sealed class AccountTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task An_account_belongs_to_its_organisation_has_its_role_and_its_creation_is_audited()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, "curator", "FH-CURATION", "curator@example.org");

        var principal = await IdentityTestKit.PrincipalAsync(factory, user);
        Assert.True(principal.IsInRole(Roles.Curator));
        Assert.Equal("FH-CURATION", principal.FindFirst(FactorHubClaims.OrganisationCode)?.Value);

        var events = await AuditEventsAsync(factory);
        Assert.Contains((AuditEvents.UserCreated, "test", user.Id.ToString()), events);
        Assert.Contains((AuditEvents.RoleGranted, "test", user.Id.ToString()), events);
    }

    [Theory]
    [InlineData("short-1A", "--email/password")]
    [InlineData("alllowercaseletters1", "--email/password")]
    public async Task A_weak_password_is_refused_and_nothing_is_stored(string password, string named)
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var error = await Assert.ThrowsAsync<AccountException>(() =>
            accounts.CreateAsync("weak@example.org", password, Roles.Consumer, "DEMO-BATTERY", "test"));

        Assert.StartsWith(named + ":", error.Message);
        var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "weak@example.org"));
        Assert.Empty(await AuditEventsAsync(factory));
    }

    [Fact]
    public async Task Unknown_role_and_organisation_are_named()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var role = await Assert.ThrowsAsync<AccountException>(() =>
            accounts.CreateAsync("a@example.org", IdentityTestKit.Password, "Superuser", "DEMO-BATTERY", "test"));
        var organisation = await Assert.ThrowsAsync<AccountException>(() =>
            accounts.CreateAsync("a@example.org", IdentityTestKit.Password, Roles.Consumer, "NO-SUCH-ORG", "test"));

        Assert.Equal("--role: 'Superuser' is not a role; use one of Administrator, Curator, Expert, Provider, Consumer, Verifier.", role.Message);
        Assert.Equal("--organisation: no organisation has the code 'NO-SUCH-ORG'.", organisation.Message);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_account_and_every_attempt_is_audited()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Provider, email: "provider@example.org");
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        Assert.Equal(PasswordCheck.Succeeded, (await accounts.CheckPasswordAsync("provider@example.org", IdentityTestKit.Password)).Outcome);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(PasswordCheck.Failed, (await accounts.CheckPasswordAsync("provider@example.org", "Tr0ub4dor-guess-3")).Outcome);
        }
        Assert.Equal(PasswordCheck.LockedOut, (await accounts.CheckPasswordAsync("provider@example.org", "Tr0ub4dor-guess-3")).Outcome);
        // Locked: even the right password is refused now.
        Assert.Equal(PasswordCheck.LockedOut, (await accounts.CheckPasswordAsync("provider@example.org", IdentityTestKit.Password)).Outcome);

        var events = (await AuditEventsAsync(factory)).Where(e => e.SubjectId == user.Id.ToString()).Select(e => e.Event).ToList();
        Assert.Equal(1, events.Count(e => e == AuditEvents.SignIn));
        Assert.Equal(4, events.Count(e => e == AuditEvents.SignInFailed));
        Assert.Equal(2, events.Count(e => e == AuditEvents.LockedOut));
        var logged = await DetailsAsync(factory);
        Assert.DoesNotContain("Tr0ub4dor-guess-3", logged);
        Assert.DoesNotContain(IdentityTestKit.Password, logged);
    }

    [Fact]
    public async Task Role_changes_are_audited()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Expert);
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        await accounts.GrantRoleAsync(user, Roles.Verifier, "admin@example.org");
        await accounts.RevokeRoleAsync(user, Roles.Expert, "admin@example.org");

        var events = await AuditEventsAsync(factory);
        Assert.Contains((AuditEvents.RoleGranted, "admin@example.org", user.Id.ToString()), events);
        Assert.Contains((AuditEvents.RoleRevoked, "admin@example.org", user.Id.ToString()), events);
        var principal = await IdentityTestKit.PrincipalAsync(factory, user);
        Assert.True(principal.IsInRole(Roles.Verifier));
        Assert.False(principal.IsInRole(Roles.Expert));
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_by_the_application_role()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer);
        await using var connection = await Database.OpenAppConnectionAsync();
        await using var update = new NpgsqlCommand("UPDATE audit_log SET actor = 'someone else'", connection);

        await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
    }

    [Fact]
    public void Users_create_is_parsed_as_a_command_with_its_options()
    {
        var command = FactorHubCommand.Parse(["users", "create", "--role", "Administrator", "--email", "a@example.org", "--organisation", "FH-CURATION"]);

        Assert.Equal("users create", command.Name);
        Assert.Equal("Administrator", command.Option("role"));
        Assert.Equal("FH-CURATION", command.Option("organisation"));
        Assert.Contains("users create --role R --email E --organisation CODE", FactorHubCommand.Usage);
        Assert.Contains("FACTORHUB_NEW_PASSWORD", FactorHubCommand.Usage);

        var tokens = FactorHubCommand.Parse(["tokens", "create", "--email", "a@example.org", "--name", "engine", "--scopes", "factors:read"]);
        Assert.Equal("tokens create", tokens.Name);
        Assert.Equal("factors:read", tokens.Option("scopes"));
    }

    private async Task<List<(string Event, string? Actor, string? SubjectId)>> AuditEventsAsync(FactorHubWebApplicationFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
        return (await db.AuditLog.OrderBy(e => e.Id).ToListAsync()).Select(e => (e.Event, e.Actor, e.SubjectId)).ToList();
    }

    private async Task<string> DetailsAsync(FactorHubWebApplicationFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
        return string.Join("\n", (await db.AuditLog.Select(e => e.Details).ToListAsync()).Select(d => d ?? ""));
    }
}
