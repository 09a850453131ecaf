using System.Globalization;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// The built-in <c>ID</c> scalar (§3.5.5 ID): serialized as a string; input accepts strings and integers.
/// Coercion and messages follow graphql-js GraphQLID; internal values are strings. <see cref="Guid"/> serializes too.
/// </summary>
public sealed class IdScalar : GraphQLScalarType
{
    internal IdScalar()
        : base(
            "ID",
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        string => value,
        Guid g => g.ToString("D"),
        _ when IntegerToString(value) is { } s => s,
        _ => throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        string => value,
        _ when IntegerToString(value) is { } s => s,
        _ => throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(valueNode)}", [valueNode]),
    };

    private static string? IntegerToString(object? value)
    {
        if (!NumericValues.TryGetInteger(value, out var integer, out var outOfRange))
        {
            return null;
        }

        if (!outOfRange)
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        return value is decimal m ? m.ToString("0", CultureInfo.InvariantCulture) : Inspector.Inspect(value);
    }
}
