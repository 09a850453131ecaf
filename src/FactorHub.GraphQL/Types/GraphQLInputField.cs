namespace FactorHub.GraphQL.Types;

/// <summary>A field of an input object type (§3.10 Input Objects).</summary>
public sealed class GraphQLInputField : GraphQLInputValue
{
    /// <summary>Creates an input field of an input <paramref name="type"/>.</summary>
    public GraphQLInputField(string name, IGraphQLType type, string? description = null)
        : base(name, type)
    {
        Description = description;
    }
}
