using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// The built-in <c>String</c> scalar (§3.5.3 String): UTF-8 text. Coercion and messages follow graphql-js GraphQLString;
/// additionally <see cref="char"/> and <see cref="Guid"/> serialize to text.
/// </summary>
public sealed class StringScalar : GraphQLScalarType
{
    internal StringScalar()
        : base(
            "String",
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string:
                return value;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid g:
                return g.ToString("D");
            case decimal m:
                return Inspector.FormatNumber(m);
        }

        if (NumericValues.TryGetDouble(value, out var num) && double.IsFinite(num))
        {
            return value is double or float ? Inspector.FormatNumber(num) : Inspector.Inspect(value);
        }

        throw new GraphQLError($"String cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(valueNode)}", [valueNode]);
}
