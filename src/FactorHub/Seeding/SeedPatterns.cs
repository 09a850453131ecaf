using System.Text.RegularExpressions;

namespace FactorHub.Seeding;

/// <summary>The code formats of the schema's CHECK constraints, so a bad code is reported by line and column.</summary>
internal static partial class SeedPatterns
{
    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    public static partial Regex OrganisationCode();

    public const string OrganisationCodeDescription = "2-40 characters: capital letters, digits and '-'";

    [GeneratedRegex(@"^[A-Z0-9-]+(\.[A-Z0-9-]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex CategoryCode();

    public const string CategoryCodeDescription = "dotted path of capital letters, digits and '-', e.g. MAT.CATHODE.LFP";

    [GeneratedRegex(@"^[A-Za-z0-9.^/_-]+$", RegexOptions.CultureInvariant)]
    public static partial Regex UnitCode();

    public const string UnitCodeDescription = "letters, digits and . ^ / _ -";

    [GeneratedRegex(@"^[A-Z0-9-]+$", RegexOptions.CultureInvariant)]
    public static partial Regex GeographyCode();

    public const string GeographyCodeDescription = "capital letters, digits and '-', e.g. CN-JS";

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]*(\.[A-Z0-9][A-Z0-9-]*)*\.[0-9]{4}$", RegexOptions.CultureInvariant)]
    public static partial Regex FactorCode();

    public const string FactorCodeDescription = "dotted series code ending in the four-digit reference year, e.g. ELEC.GRID.CN.CO2.2023";

    [GeneratedRegex(@"^https?://\S+$", RegexOptions.CultureInvariant)]
    public static partial Regex Url();
}
