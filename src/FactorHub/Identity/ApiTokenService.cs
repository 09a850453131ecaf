using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using FactorHub.Data;
using Microsoft.EntityFrameworkCore;

namespace FactorHub.Identity;

/// <summary>Options for API tokens (configuration section <c>Identity:Tokens</c>).</summary>
public sealed class ApiTokenOptions
{
    /// <summary>Lifetime when the creator names none.</summary>
    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromDays(90);
    /// <summary>The longest lifetime a token may have.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromDays(366);
    /// <summary>last_used_at is written at most this often per token, so busy clients do not write on every request.</summary>
    public TimeSpan LastUsedResolution { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A refusal to create or revoke a token: the message names the offending input field.</summary>
public sealed class ApiTokenException(string code, string field, string message) : Exception(message)
{
    public string Code { get; } = code;
    public string Field { get; } = field;
}

/// <summary>A newly created token: <see cref="Token"/> is the only time the secret exists outside the client.</summary>
public sealed record CreatedApiToken(ApiToken Record, string Token);

/// <summary>
/// Creates, lists, revokes and checks API tokens. A token is <c>fh_</c> followed by 32 random bytes in base64url
/// (256 bits from the OS CSPRNG). Only SHA-256 of the whole token is stored: with that much entropy there is no
/// dictionary to attack, so a slow password hash would only add latency to every request, while a plain digest
/// lets the token be found by a unique-index lookup.
/// </summary>
public sealed class ApiTokenService(FactorHubDbContext db, AuditLog audit, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ApiTokenOptions> options)
{
    public const string Prefix = "fh_";
    private const int SecretBytes = 32;

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether <paramref name="token"/> has the shape of a FactorHub token (prefix and length).</summary>
    public static bool LooksLikeToken(string token) =>
        token.StartsWith(Prefix, StringComparison.Ordinal) && token.Length == Prefix.Length + Base64Url.GetEncodedLength(SecretBytes);

    public async Task<CreatedApiToken> CreateAsync(ClaimsPrincipal caller, string name, IReadOnlyCollection<string> scopes,
        DateTimeOffset? expiresAt, bool forOrganisation, CancellationToken cancellationToken = default)
    {
        var userId = caller.UserId() ?? throw new ApiTokenException("UNAUTHENTICATED", "input", "Sign in to create API tokens.");
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            throw new ApiTokenException("INVALID_TOKEN_NAME", "input.name", "input.name: give the token a name of 1 to 100 characters.");
        }
        if (scopes.Count == 0)
        {
            throw new ApiTokenException("INVALID_SCOPE", "input.scopes", "input.scopes: name at least one scope.");
        }
        foreach (var scope in scopes)
        {
            if (!ApiTokenScopes.All.Contains(scope))
            {
                throw new ApiTokenException("INVALID_SCOPE", "input.scopes",
                    $"input.scopes: '{scope}' is not a scope; use {string.Join(", ", ApiTokenScopes.All)}.");
            }
            if (!caller.HasScope(scope))
            {
                throw new ApiTokenException("INVALID_SCOPE", "input.scopes",
                    $"input.scopes: the token this request was made with lacks '{scope}', so it cannot grant it.");
            }
        }
        if (scopes.Contains(ApiTokenScopes.Admin) && !caller.HasRole(Roles.Administrator))
        {
            throw new ApiTokenException("INVALID_SCOPE", "input.scopes", "input.scopes: only administrators can create tokens with the 'admin' scope.");
        }
        var now = clock.GetUtcNow();
        var expiry = expiresAt ?? now + options.Value.DefaultLifetime;
        if (expiry <= now)
        {
            throw new ApiTokenException("INVALID_EXPIRY", "input.expiresAt", "input.expiresAt: the expiry must be in the future.");
        }
        if (expiry > now + options.Value.MaxLifetime)
        {
            throw new ApiTokenException("INVALID_EXPIRY", "input.expiresAt",
                $"input.expiresAt: a token lives at most {options.Value.MaxLifetime.TotalDays:0} days.");
        }
        var organisationId = caller.OrganisationIdOf();
        if (forOrganisation && !(caller.HasRole(Roles.Provider) || caller.HasRole(Roles.Consumer) || caller.HasRole(Roles.Administrator)))
        {
            throw new ApiTokenException("FORBIDDEN", "input.forOrganisation",
                "input.forOrganisation: only providers, consumers and administrators create tokens for their organisation.");
        }

        var token = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var record = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            OrganisationId = forOrganisation ? organisationId : null,
            Name = name,
            DisplayPrefix = token[..(Prefix.Length + 6)],
            SecretHash = Hash(token),
            Scopes = [.. scopes.Distinct().Order(StringComparer.Ordinal)],
            CreatedAt = now,
            ExpiresAt = expiry,
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await audit.RecordAsync(AuditEvents.TokenCreated, caller.Identity!.Name, "api_token", record.Id.ToString(),
            new { record.Name, record.DisplayPrefix, record.Scopes, record.ExpiresAt, record.OrganisationId }, cancellationToken);
        return new CreatedApiToken(record, token);
    }

    /// <summary>The caller's own tokens (including those it created for its organisation), newest first.</summary>
    public Task<List<ApiToken>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        var userId = caller.UserId();
        return db.ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a token of the caller's (administrators: anyone's). Revoking twice is not an error.</summary>
    public async Task<ApiToken> RevokeAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default)
    {
        var userId = caller.UserId();
        var token = await db.ApiTokens.AsTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null || (token.UserId != userId && !(caller.HasRole(Roles.Administrator) && caller.HasScope(ApiTokenScopes.Admin))))
        {
            // Someone else's token is reported as missing, so ids cannot be probed.
            throw new ApiTokenException("TOKEN_NOT_FOUND", "input.id", "input.id: you have no API token with this id.");
        }
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditEvents.TokenRevoked, caller.Identity!.Name, "api_token", token.Id.ToString(),
                new { token.Name, token.DisplayPrefix }, cancellationToken);
        }
        db.ChangeTracker.Clear();
        return token;
    }

    /// <summary>
    /// The live token for <paramref name="presented"/> with its account, or null when it is unknown, revoked or
    /// expired. Updates last-used time (at most once per <see cref="ApiTokenOptions.LastUsedResolution"/>).
    /// </summary>
    public async Task<(ApiToken Token, FactorHubUser User)?> ValidateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(presented)) return null;
        var hash = Hash(presented);
        var now = clock.GetUtcNow();
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Join(db.Users.AsNoTracking(), t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        if (found.User.LockoutEnd is { } lockout && lockout > now) return null;
        if (found.Token.LastUsedAt is not { } last || now - last >= options.Value.LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == found.Token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
            found.Token.LastUsedAt = now;
        }
        return (found.Token, found.User);
    }
}
