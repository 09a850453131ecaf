using System.Globalization;
using System.Text.RegularExpressions;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant as an RFC 3339 date-time string with an offset, e.g. <c>2027-01-01T08:00:00+08:00</c>
/// or <c>2027-01-01T00:00:00Z</c>. Internal values are <see cref="DateTimeOffset"/>. Output keeps the value's offset
/// (UTC is written as <c>Z</c>) and omits a zero fraction. A <see cref="DateTime"/> of unspecified kind is rejected
/// because it does not identify an instant.
/// </summary>
public sealed partial class DateTimeScalar : GraphQLScalarType
{
    internal DateTimeScalar()
        : base(
            "DateTime",
            "An instant: an RFC 3339 date-time with a time-zone offset, e.g. `2027-01-01T08:00:00+08:00` or `2027-01-01T00:00:00Z`.",
            "https://scalars.graphql.org/andimarek/date-time")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        var instant = value switch
        {
            DateTimeOffset dto => dto,
            DateTime { Kind: DateTimeKind.Utc } dt => new DateTimeOffset(dt),
            DateTime { Kind: DateTimeKind.Local } dt => new DateTimeOffset(dt),
            DateTime => throw new GraphQLError("DateTime cannot represent a DateTime of unspecified kind: it has no offset."),
            string s => Parse(s, null),
            _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
        };
        return Format(instant);
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value is string s
        ? Parse(s, null)
        : throw new GraphQLError($"DateTime cannot represent a non string value: {Inspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? Parse(s.Value, valueNode)
            : throw new GraphQLError($"DateTime cannot represent a non string value: {Printer.Print(valueNode)}", [valueNode]);

    /// <summary>Writes <paramref name="value"/> as RFC 3339 (<c>Z</c> for UTC, fraction only when non-zero).</summary>
    public static string Format(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset Parse(string text, ValueNode? node)
    {
        if (!Rfc3339().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            throw new GraphQLError(
                $"DateTime cannot represent an invalid date-time string: {Inspector.Quote(text)} (expected RFC 3339 with an offset, e.g. \"2027-01-01T08:00:00+08:00\").",
                node is null ? null : [node]);
        }

        return result;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
