using System.Globalization;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// The built-in <c>Int</c> scalar (§3.5.1 Int): a signed 32-bit integer. Coercion and messages follow graphql-js GraphQLInt.
/// Internal values are <see cref="int"/>.
/// </summary>
public sealed class IntScalar : GraphQLScalarType
{
    internal IntScalar()
        : base(
            "Int",
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case int:
                return value;
            case bool b:
                return b ? 1 : 0;
        }

        object? num = value;
        if (value is string { Length: > 0 } s)
        {
            num = double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
        }

        if (!NumericValues.TryGetInteger(num, out var integer, out var outOfRange))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (outOfRange || integer > int.MaxValue || integer < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)integer;
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value)
    {
        if (value is int)
        {
            return value;
        }

        if (!NumericValues.TryGetInteger(value, out var integer, out var outOfRange))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (outOfRange || integer > int.MaxValue || integer < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)integer;
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(valueNode)}", [valueNode]);
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", [valueNode]);
        }

        return result;
    }
}
