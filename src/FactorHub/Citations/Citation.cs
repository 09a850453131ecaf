namespace FactorHub.Citations;

/// <summary>A record that a consumer used a factor version, online or reported with a declaration.</summary>
public sealed class Citation
{
    public long Id { get; set; }
    public Guid FactorId { get; set; }
    public Guid FactorVersionId { get; set; }
    public Guid? SnapshotId { get; set; }
    public CitationChannel Channel { get; set; }
    public Guid? ConsumerOrganisationId { get; set; }
    public string? DeclarationReference { get; set; }
    public DateTimeOffset CitedAt { get; set; }
}

public enum CitationChannel { Resolution, Report }
