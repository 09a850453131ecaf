namespace FactorHub.Snapshots;

/// <summary>The version a snapshot holds for one factor, or that the factor is withdrawn as of that snapshot.</summary>
public sealed class SnapshotMember
{
    public Guid SnapshotId { get; set; }
    public Guid FactorId { get; set; }
    public Guid FactorVersionId { get; set; }
    public SnapshotMemberState State { get; set; }
}

public enum SnapshotMemberState { Active, Withdrawn }
