namespace FactorHub.Factors;

/// <summary>A lifecycle event of a version (withdrawn, superseded, reinstated). Append-only, enforced by the database.</summary>
public sealed class FactorVersionEvent
{
    public long Id { get; set; }
    public Guid FactorVersionId { get; set; }
    public VersionEventKind Event { get; set; }
    public Guid? SupersededByVersionId { get; set; }
    public required string Reason { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}
