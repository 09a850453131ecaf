namespace FactorHub.Identity;

/// <summary>An organisation that provides, reviews, verifies or consumes factors.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public OrganisationKind Kind { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public string? Website { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum OrganisationKind
{
    ResearchInstitute,
    IndustryAssociation,
    University,
    Enterprise,
    VerificationBody,
    BatteryMaker,
    GovernmentAgency,
    DatabaseOperator,
}
