namespace FactorHub.GraphQL.Types;

/// <summary>
/// An interface type (§3.7 Interfaces): fields that implementing objects and interfaces must provide.
/// Interfaces may implement other interfaces (transitively, §3.7.1 Interface Extensions).
/// </summary>
public sealed class GraphQLInterfaceType : GraphQLComplexType, IGraphQLAbstractType
{
    /// <summary>Creates an interface type.</summary>
    public GraphQLInterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public TypeResolver? ResolveType { get; set; }
}
