namespace FactorHub.GraphQL.Types;

/// <summary>
/// An object type (§3.6 Objects): an ordered set of fields, possibly implementing interfaces.
/// </summary>
public sealed class GraphQLObjectType : GraphQLComplexType
{
    /// <summary>Creates an object type; add fields with <see cref="GraphQLComplexType.AddField(GraphQLField)"/>.</summary>
    public GraphQLObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <summary>
    /// Optional check that a value belongs to this type; used to resolve abstract types when they have no
    /// <c>ResolveType</c>, and by the executor to reject values of the wrong type (graphql-js isTypeOf).
    /// </summary>
    public IsTypeOfPredicate? IsTypeOf { get; set; }

    /// <summary>
    /// The CLR type whose instances represent this object type (SchemaBuilder.BindType), or null.
    /// <see cref="GraphQLSchema.GetObjectTypeForClrType"/> uses it to resolve abstract types.
    /// </summary>
    public Type? ClrType { get; set; }
}
