using System.Globalization;
using System.Text.RegularExpressions;

namespace FactorHub.Seeding;

/// <summary>
/// One data row of a seed CSV with typed, validating accessors. Every failure names the file, the line and
/// the column. Empty cells are "absent": required accessors reject them, optional ones return null.
/// </summary>
internal sealed partial class SeedRow
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly string[] _cells;

    public SeedRow(string file, int line, IReadOnlyDictionary<string, int> index, string[] cells)
    {
        File = file;
        Line = line;
        _index = index;
        _cells = cells;
    }

    public string File { get; }

    public int Line { get; }

    public SeedDataException Error(string? column, string reason) => new(File, Line, column, reason);

    public string? Optional(string column)
    {
        if (!_index.TryGetValue(column, out var i))
        {
            return null;
        }

        var cell = _cells[i];
        return cell.Length == 0 ? null : cell;
    }

    public string Required(string column) =>
        Optional(column) ?? throw Error(column, "a value is required");

    public string Code(string column, Regex pattern, string patternDescription)
    {
        var value = Required(column);
        return pattern.IsMatch(value) ? value : throw Error(column, $"'{value}' is not a valid code ({patternDescription})");
    }

    public string? OptionalCode(string column, Regex pattern, string patternDescription) =>
        Optional(column) is null ? null : Code(column, pattern, patternDescription);

    public string OneOf(string column, IReadOnlySet<string> allowed) =>
        OptionalOneOf(column, allowed) ?? throw Error(column, $"a value is required (one of: {string.Join(", ", allowed)})");

    public string? OptionalOneOf(string column, IReadOnlySet<string> allowed)
    {
        var value = Optional(column);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        throw Error(column, $"'{value}' is not allowed; expected one of: {string.Join(", ", allowed)}");
    }

    public int Integer(string column, int min, int max) =>
        OptionalInteger(column, min, max) ?? throw Error(column, "a whole number is required");

    public int? OptionalInteger(string column, int min, int max)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw Error(column, $"'{value}' is not a whole number");
        }

        return number < min || number > max ? throw Error(column, $"{number} is outside {min}..{max}") : number;
    }

    public bool Boolean(string column, bool defaultValue)
    {
        return Optional(column) switch
        {
            null => defaultValue,
            "true" => true,
            "false" => false,
            var other => throw Error(column, $"'{other}' is not a boolean; write true or false"),
        };
    }

    /// <summary>
    /// A decimal written with digits and an optional point (no exponent, no thousands separator), that fits the
    /// column's numeric(precision, scale) exactly: PostgreSQL would otherwise round it silently.
    /// </summary>
    public decimal? OptionalDecimal(string column, int precision, int scale, bool allowNegative = false)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }

        var match = DecimalPattern().Match(value);
        if (!match.Success)
        {
            throw Error(column, $"'{value}' is not a decimal number (write digits with '.' as the decimal point, no exponent or separators)");
        }

        if (match.Groups["sign"].Success && !allowNegative)
        {
            throw Error(column, $"'{value}' is negative; the value must be zero or positive");
        }

        var integerDigits = match.Groups["int"].Value.TrimStart('0').Length;
        var fractionDigits = match.Groups["frac"].Value.TrimEnd('0').Length;
        if (fractionDigits > scale)
        {
            throw Error(column, $"'{value}' has more than {scale} decimal places");
        }

        if (integerDigits > precision - scale)
        {
            throw Error(column, $"'{value}' has more than {precision - scale} digits before the decimal point");
        }

        return decimal.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    public decimal Decimal(string column, int precision, int scale) =>
        OptionalDecimal(column, precision, scale) ?? throw Error(column, "a number is required");

    public DateOnly? OptionalDate(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(column, $"'{value}' is not a date in the form yyyy-MM-dd");
    }

    /// <summary>A '|'-separated list; every item trimmed and non-empty.</summary>
    public string[] List(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            return [];
        }

        var items = value.Split('|').Select(item => item.Trim()).ToArray();
        return items.Any(item => item.Length == 0)
            ? throw Error(column, "the '|'-separated list has an empty item")
            : items;
    }

    [GeneratedRegex(@"^(?<sign>-)?(?<int>[0-9]+)(\.(?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();
}
