using FactorHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FactorHub.Identity;

/// <summary>A refused account operation; the message names the problem and the input it concerns.</summary>
public sealed class AccountException(string message) : Exception(message);

/// <summary>The outcome of a password check.</summary>
public enum PasswordCheck { Succeeded, Failed, LockedOut, NotAllowed }

/// <summary>
/// Accounts: creation (the command line's <c>users create</c> and, later, the portal), role changes and password
/// checks, each recorded in the audit log. Passwords, hashes and security stamps are never logged.
/// </summary>
public sealed class AccountService(
    UserManager<FactorHubUser> users, SignInManager<FactorHubUser> signIn, FactorHubDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<FactorHubUser> CreateAsync(string email, string password, string role, string organisationCode, string actor,
        CancellationToken cancellationToken = default)
    {
        var roleName = Roles.Find(role)
            ?? throw new AccountException($"--role: '{role}' is not a role; use one of {string.Join(", ", Roles.All)}.");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            throw new AccountException($"--email: '{email}' is not an e-mail address.");
        }
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == organisationCode, cancellationToken)
            ?? throw new AccountException($"--organisation: no organisation has the code '{organisationCode}'.");
        if (string.IsNullOrEmpty(password))
        {
            throw new AccountException("The password is empty: set FACTORHUB_NEW_PASSWORD or write it to standard input.");
        }

        var user = new FactorHubUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email.Trim(),
            Email = email.Trim(),
            // Created by an administrator who knows the address; no confirmation mail to send.
            EmailConfirmed = true,
            OrganisationId = organisation.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(user, password), "--email/password");
        Check(await users.AddToRoleAsync(user, roleName), "--role");
        await audit.RecordAsync(AuditEvents.UserCreated, actor, "user", user.Id.ToString(),
            new { email = user.Email, organisation = organisation.Code }, cancellationToken);
        await audit.RecordAsync(AuditEvents.RoleGranted, actor, "user", user.Id.ToString(), new { role = roleName }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    public async Task GrantRoleAsync(FactorHubUser user, string role, string actor, CancellationToken cancellationToken = default)
    {
        var roleName = Roles.Find(role) ?? throw new AccountException($"role: '{role}' is not a role.");
        Check(await users.AddToRoleAsync(user, roleName), "role");
        await audit.RecordAsync(AuditEvents.RoleGranted, actor, "user", user.Id.ToString(), new { role = roleName }, cancellationToken);
    }

    public async Task RevokeRoleAsync(FactorHubUser user, string role, string actor, CancellationToken cancellationToken = default)
    {
        var roleName = Roles.Find(role) ?? throw new AccountException($"role: '{role}' is not a role.");
        Check(await users.RemoveFromRoleAsync(user, roleName), "role");
        await audit.RecordAsync(AuditEvents.RoleRevoked, actor, "user", user.Id.ToString(), new { role = roleName }, cancellationToken);
    }

    /// <summary>
    /// Checks a password (counting failures towards lockout) and records the outcome. The portal's cookie sign-in
    /// calls this before issuing the cookie. An unknown e-mail is recorded as a failed sign-in too.
    /// </summary>
    public async Task<(PasswordCheck Outcome, FactorHubUser? User)> CheckPasswordAsync(string email, string password,
        CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await audit.RecordAsync(AuditEvents.SignInFailed, email, details: new { reason = "unknown account" }, cancellationToken: cancellationToken);
            return (PasswordCheck.Failed, null);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        var (outcome, @event, reason) = result switch
        {
            { Succeeded: true } => (PasswordCheck.Succeeded, AuditEvents.SignIn, (string?)null),
            { IsLockedOut: true } => (PasswordCheck.LockedOut, AuditEvents.LockedOut, "locked out"),
            { IsNotAllowed: true } => (PasswordCheck.NotAllowed, AuditEvents.SignInFailed, "not allowed (e-mail not confirmed)"),
            _ => (PasswordCheck.Failed, AuditEvents.SignInFailed, "wrong password"),
        };
        await audit.RecordAsync(@event, user.Email, "user", user.Id.ToString(), reason is null ? null : new { reason }, cancellationToken);
        return (outcome, outcome == PasswordCheck.Succeeded ? user : null);
    }

    private static void Check(IdentityResult result, string input)
    {
        if (!result.Succeeded)
        {
            throw new AccountException($"{input}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
