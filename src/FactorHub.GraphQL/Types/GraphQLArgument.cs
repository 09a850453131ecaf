namespace FactorHub.GraphQL.Types;

/// <summary>An argument of a field (§3.6.1 Field Arguments) or of a directive (§3.13 Directives).</summary>
public sealed class GraphQLArgument : GraphQLInputValue
{
    /// <summary>Creates an argument of an input <paramref name="type"/>.</summary>
    public GraphQLArgument(string name, IGraphQLType type, string? description = null)
        : base(name, type)
    {
        Description = description;
    }
}
