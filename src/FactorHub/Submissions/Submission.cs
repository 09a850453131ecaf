namespace FactorHub.Submissions;

/// <summary>A batch of factor versions from one provider organisation, screened automatically, then reviewed.</summary>
public sealed class Submission
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public SubmissionChannel Channel { get; set; }
    public SubmissionStatus Status { get; set; }
    public required string Title { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>JSON report of the automatic screening.</summary>
    public string? ScreeningReport { get; set; }
}

public enum SubmissionChannel { Form, Workbook, Api, Seed }

public enum SubmissionStatus { Draft, Submitted, Screening, InReview, Decided, Withdrawn }
