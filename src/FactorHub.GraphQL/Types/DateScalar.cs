using System.Globalization;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date as <c>yyyy-MM-dd</c> (RFC 3339 full-date), e.g. <c>2026-12-31</c>.
/// Internal values are <see cref="DateOnly"/>.
/// </summary>
public sealed class DateScalar : GraphQLScalarType
{
    private const string Pattern = "yyyy-MM-dd";

    internal DateScalar()
        : base(
            "Date",
            "A calendar date in RFC 3339 full-date form `yyyy-MM-dd`, e.g. `2026-12-31`.",
            "https://scalars.graphql.org/andimarek/local-date")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        DateOnly d => d.ToString(Pattern, CultureInfo.InvariantCulture),
        DateTime { TimeOfDay.Ticks: 0 } dt => dt.ToString(Pattern, CultureInfo.InvariantCulture),
        string s => Parse(s, null).ToString(Pattern, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value is string s
        ? Parse(s, null)
        : throw new GraphQLError($"Date cannot represent a non string value: {Inspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? Parse(s.Value, valueNode)
            : throw new GraphQLError($"Date cannot represent a non string value: {Printer.Print(valueNode)}", [valueNode]);

    private static DateOnly Parse(string text, ValueNode? node) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLError(
                $"Date cannot represent an invalid date string: {Inspector.Quote(text)} (expected yyyy-MM-dd).",
                node is null ? null : [node]);
}
