using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// A scalar type (§3.5 Scalars): a leaf value with three coercions.
/// <list type="bullet">
/// <item><see cref="Serialize"/>: internal value → response value (Result Coercion).</item>
/// <item><see cref="ParseValue"/>: variable value (from JSON) → internal value (Input Coercion).</item>
/// <item><see cref="ParseLiteral"/>: literal in a document → internal value (Input Coercion).</item>
/// </list>
/// Each throws a <c>GraphQLError</c> when the value cannot be coerced. The base class coerces nothing
/// (graphql-js defaults), which is what a scalar declared in SDL without a registered implementation gets.
/// </summary>
public class GraphQLScalarType : GraphQLNamedType
{
    /// <summary>Creates a scalar type.</summary>
    public GraphQLScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>URL of the specification of this scalar's behaviour (§3.5.1 @specifiedBy), or null.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Internal value → response value.</summary>
    public virtual object? Serialize(object? value) => value;

    /// <summary>Variable value → internal value.</summary>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>
    /// Literal → internal value. <paramref name="variables"/> are only needed by scalars accepting
    /// list/object literals that may contain variables (e.g. JSON); the executor resolves top-level variables first.
    /// </summary>
    public virtual object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        ParseValue(ValueFromAstUntyped.Convert(valueNode, variables));
}
