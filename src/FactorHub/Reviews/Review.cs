namespace FactorHub.Reviews;

/// <summary>An expert's assessment of one submission item against the IPCC EFDB criteria.</summary>
public sealed class Review
{
    public Guid Id { get; set; }
    public Guid SubmissionItemId { get; set; }
    public required string ExpertUserId { get; set; }
    public Guid ExpertOrganisationId { get; set; }
    public ReviewVerdict Verdict { get; set; }
    public short ScoreRobustness { get; set; }
    public short ScoreApplicability { get; set; }
    public short ScoreDocumentation { get; set; }
    public string Comments { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
}

public enum ReviewVerdict { Accept, Revise, Reject }
