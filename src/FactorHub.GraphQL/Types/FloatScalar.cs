using System.Globalization;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// The built-in <c>Float</c> scalar (§3.5.2 Float): a finite IEEE 754 double. Coercion and messages follow graphql-js GraphQLFloat.
/// Internal values are <see cref="double"/>. Use the <c>Decimal</c> scalar for exact quantities.
/// </summary>
public sealed class FloatScalar : GraphQLScalarType
{
    internal FloatScalar()
        : base(
            "Float",
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        if (value is double d && double.IsFinite(d))
        {
            return value; // already boxed: no allocation on the common path
        }

        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        double num;
        if (value is string { Length: > 0 } s)
        {
            num = double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
        }
        else if (!NumericValues.TryGetDouble(value, out num))
        {
            num = double.NaN;
        }

        if (!double.IsFinite(num))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return num;
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value)
    {
        if (value is double d && double.IsFinite(d))
        {
            return value;
        }

        if (!NumericValues.TryGetDouble(value, out var num) || !double.IsFinite(num))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return num;
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = valueNode switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(valueNode)}", [valueNode]),
        };
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
