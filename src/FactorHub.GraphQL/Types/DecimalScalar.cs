using System.Globalization;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (C# <see cref="decimal"/>: 28-29 significant digits), for emission factors
/// and other quantities that must never pass through binary floating point.
/// <list type="bullet">
/// <item>Output: a JSON number written with the decimal's exact digits (Serialize returns the decimal; the response writer prints it).</item>
/// <item>Literal input: an Int or Float literal, parsed from its source text, or a String literal holding a number.</item>
/// <item>Variable input: a JSON number (arrives as decimal) or a string holding a number. A double means the JSON number
/// was beyond decimal's range, so it is rejected instead of being rounded.</item>
/// </list>
/// </summary>
public sealed class DecimalScalar : GraphQLScalarType
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    internal DecimalScalar()
        : base(
            "Decimal",
            "An exact decimal number (up to 28 significant digits), written in JSON as a number with its exact digits, e.g. `0.5703`. Input accepts a number or a string holding a number; values are never converted through binary floating point.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        decimal => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double or float => throw new GraphQLError(
            $"Decimal cannot represent a binary floating-point value: {Inspector.Inspect(value)} (return System.Decimal to keep exact digits)."),
        string s => Parse(s, null),
        _ => throw new GraphQLError($"Decimal cannot represent value: {Inspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        decimal => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string s => Parse(s, null),
        double or float => throw new GraphQLError(
            $"Decimal cannot represent value: {Inspector.Inspect(value)} (outside the range or precision of a decimal)."),
        _ => throw new GraphQLError($"Decimal cannot represent a non numeric value: {Inspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        IntValueNode i => Parse(i.Value, valueNode),
        FloatValueNode f => Parse(f.Value, valueNode),
        StringValueNode s => Parse(s.Value, valueNode),
        _ => throw new GraphQLError($"Decimal cannot represent a non numeric value: {Printer.Print(valueNode)}", [valueNode]),
    };

    /// <summary>Parses decimal text ("-12.5", "1.2e-3") exactly; rejects other text and values beyond decimal's range.</summary>
    public static decimal Parse(string text, ValueNode? node)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            || !decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var result))
        {
            var reason = double.TryParse(text, Styles, CultureInfo.InvariantCulture, out _)
                ? "outside the range or precision of a decimal"
                : "not a decimal number";
            throw new GraphQLError($"Decimal cannot represent value: {Inspector.Quote(text)} ({reason}).", node is null ? null : [node]);
        }

        return result;
    }
}
