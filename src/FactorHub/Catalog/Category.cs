namespace FactorHub.Catalog;

/// <summary>A node of the bilingual category tree. Codes are dotted paths, so descendants share the prefix.</summary>
public sealed class Category
{
    public required string Code { get; set; }
    public string? ParentCode { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public int SortOrder { get; set; }

    public bool IsSelfOrDescendantOf(string ancestorCode) =>
        // Without building ancestorCode + "." : this runs per factor in catalogue filters and resolution.
        Code.Length == ancestorCode.Length
            ? string.Equals(Code, ancestorCode, StringComparison.Ordinal)
            : Code.Length > ancestorCode.Length && Code[ancestorCode.Length] == '.' && Code.StartsWith(ancestorCode, StringComparison.Ordinal);
}
