namespace FactorHub.Submissions;

/// <summary>One factor version within a submission, with its screening result and the curator's decision.</summary>
public sealed class SubmissionItem
{
    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public Guid FactorVersionId { get; set; }
    public ScreeningStatus ScreeningStatus { get; set; }
    public string? ScreeningFindings { get; set; }
    public ItemDecision? Decision { get; set; }
    public string? DecisionNote { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public enum ScreeningStatus { Pending, Passed, Warnings, Failed }

public enum ItemDecision { Accepted, Revise, Rejected }
