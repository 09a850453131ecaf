using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL whose coercion comes from a registered implementation (e.g. <see cref="Scalars.Decimal"/>).
/// Name, description and @specifiedBy come from the SDL, which is the public contract; the shared implementation
/// instance is never modified.
/// </summary>
public sealed class BoundScalarType : GraphQLScalarType
{
    /// <summary>Creates the schema's scalar <paramref name="name"/> coerced by <paramref name="implementation"/>.</summary>
    public BoundScalarType(string name, GraphQLScalarType implementation, string? description = null, string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl)
    {
        Implementation = implementation ?? throw new ArgumentNullException(nameof(implementation));
    }

    /// <summary>The scalar whose coercion this type uses.</summary>
    public GraphQLScalarType Implementation { get; }

    /// <inheritdoc />
    public override object? Serialize(object? value) => Implementation.Serialize(value);

    /// <inheritdoc />
    public override object? ParseValue(object? value) => Implementation.ParseValue(value);

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        Implementation.ParseLiteral(valueNode, variables);
}
