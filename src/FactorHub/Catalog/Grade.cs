using FactorHub.Factors;

namespace FactorHub.Catalog;

/// <summary>
/// A trust tier (分级). Definitions are data; <see cref="EligibleSourceTypes"/>, <see cref="MaxDqr"/> and
/// <see cref="RequiresVerification"/> are the rule a version must meet to carry the grade.
/// </summary>
public sealed class Grade
{
    public short Level { get; set; }
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string DescriptionZh { get; set; }
    public required string DescriptionEn { get; set; }
    public string[] EligibleSourceTypes { get; set; } = [];
    public decimal? MaxDqr { get; set; }
    public bool RequiresVerification { get; set; }
}
