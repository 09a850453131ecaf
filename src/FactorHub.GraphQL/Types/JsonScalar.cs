using System.Text.Json;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// <c>JSON</c>: any JSON value, passed through unchanged. Literals are converted without a type
/// (objects → Dictionary&lt;string, object?&gt;, lists → List&lt;object?&gt;, numbers → int/long/decimal), and may contain variables.
/// </summary>
public sealed class JsonScalar : GraphQLScalarType
{
    internal JsonScalar()
        : base(
            "JSON",
            "Any JSON value: object, array, string, number, boolean or null.",
            "https://www.rfc-editor.org/rfc/rfc8259")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value;

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value is JsonElement { ValueKind: JsonValueKind.Undefined } ? null : value;

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueFromAstUntyped.Convert(valueNode, variables);
}
