namespace FactorHub.Snapshots;

/// <summary>
/// An immutable, labelled release (label scheme YYYY.NN) holding, for every factor, its latest accepted
/// version as of <see cref="CutoffAt"/>. Once published the database refuses any change to it or its members.
/// </summary>
public sealed class Snapshot
{
    public Guid Id { get; set; }
    public required string Label { get; set; }
    public SnapshotStatus Status { get; set; }
    public DateTimeOffset CutoffAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public Guid? PreviousSnapshotId { get; set; }
    public int? FactorCount { get; set; }
    /// <summary>SHA-256 (hex) over the snapshot's canonical content.</summary>
    public string? ContentDigest { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum SnapshotStatus { Scheduled, Building, Published, Failed }
