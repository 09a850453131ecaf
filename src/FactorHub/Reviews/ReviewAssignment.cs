namespace FactorHub.Reviews;

/// <summary>An expert assigned to review a submission item. The database refuses an expert of the providing organisation.</summary>
public sealed class ReviewAssignment
{
    public Guid Id { get; set; }
    public Guid SubmissionItemId { get; set; }
    public required string ExpertUserId { get; set; }
    public Guid ExpertOrganisationId { get; set; }
    public required string AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
}
