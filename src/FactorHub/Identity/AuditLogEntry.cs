namespace FactorHub.Identity;

/// <summary>One security-relevant event. The table is append-only, enforced by a database trigger.</summary>
public sealed class AuditLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? Actor { get; set; }
    public required string Event { get; set; }
    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    public string? RemoteAddress { get; set; }
    /// <summary>JSON details; never holds secrets or compute-only values.</summary>
    public string? Details { get; set; }
}
