namespace FactorHub.Factors;

/// <summary>
/// A refusal by the catalogue (unknown snapshot or code, malformed filter, incompatible unit, ambiguous
/// geography …), carrying the documented <c>extensions.code</c> the GraphQL layer reports. Messages name the
/// offending input and never include values the caller may not see.
/// </summary>
public sealed class CatalogException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The input the error is about (e.g. <c>where.referenceYear.gte</c>), when there is one.</summary>
    public string? Field { get; } = field;
}

/// <summary>
/// The catalogue's <c>extensions.code</c> values (documented in docs/api.md). Generic codes
/// (NOT_FOUND, BAD_USER_INPUT, PAGE_SIZE_EXCEEDED) have the same text as the engine's ErrorCodes.
/// </summary>
public static class CatalogErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string SnapshotNotFound = "SNAPSHOT_NOT_FOUND";
    public const string FactorNotFound = "FACTOR_NOT_FOUND";
    public const string NoMatchingFactor = "NO_MATCHING_FACTOR";
    public const string UnknownUnit = "UNKNOWN_UNIT";
    public const string IncompatibleUnit = "INCOMPATIBLE_UNIT";
    public const string UnknownGeography = "UNKNOWN_GEOGRAPHY";
    public const string UnknownCategory = "UNKNOWN_CATEGORY";
    public const string AmbiguousGeography = "AMBIGUOUS_GEOGRAPHY";
    public const string TooManyRequests = "TOO_MANY_REQUESTS";
    public const string NoFactorForCoverage = "NO_FACTOR_FOR_COVERAGE";
    public const string InvalidCertificateShare = "INVALID_CERTIFICATE_SHARE";
    public const string InvalidElectricityInput = "INVALID_ELECTRICITY_INPUT";
}
