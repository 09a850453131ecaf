using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> scalar (§3.5.4 Boolean). Coercion and messages follow graphql-js GraphQLBoolean.</summary>
public sealed class BooleanScalar : GraphQLScalarType
{
    private static readonly object True = true;
    private static readonly object False = false;

    internal BooleanScalar()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        if (value is bool)
        {
            return value;
        }

        if (NumericValues.TryGetDouble(value, out var num) && double.IsFinite(num))
        {
            return num != 0 ? True : False;
        }

        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is bool ? value : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is BooleanValueNode b
            ? (b.Value ? True : False)
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(valueNode)}", [valueNode]);
}
