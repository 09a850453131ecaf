using System.Text.Json;
using FactorHub.Data;

namespace FactorHub.Identity;

/// <summary>Names of the audit events FactorHub records (the <c>event</c> column).</summary>
public static class AuditEvents
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string UserCreated = "user-created";
    public const string RoleGranted = "role-granted";
    public const string RoleRevoked = "role-revoked";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string ComputeOnlyAccess = "compute-only-access";
}

/// <summary>
/// Appends to <c>audit_log</c> (append-only: the application role may only insert and select, and a trigger refuses
/// updates and deletes). Details never hold secrets, passwords or compute-only values.
/// </summary>
public sealed class AuditLog(FactorHubDbContext db, IHttpContextAccessor? http = null)
{
    public async Task RecordAsync(string @event, string? actor, string? subjectType = null, string? subjectId = null,
        object? details = null, CancellationToken cancellationToken = default)
    {
        db.AuditLog.Add(new AuditLogEntry
        {
            Event = @event,
            Actor = actor,
            SubjectType = subjectType,
            SubjectId = subjectId,
            RemoteAddress = http?.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Details = details is null ? null : JsonSerializer.Serialize(details),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
