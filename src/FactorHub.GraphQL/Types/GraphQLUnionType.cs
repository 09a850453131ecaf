namespace FactorHub.GraphQL.Types;

/// <summary>A union type (§3.8 Unions): one of a list of object types.</summary>
public sealed class GraphQLUnionType : GraphQLNamedType, IGraphQLAbstractType
{
    private readonly List<GraphQLObjectType> _types = [];

    /// <summary>Creates a union with the given member types.</summary>
    public GraphQLUnionType(string name, IEnumerable<GraphQLObjectType>? types = null, string? description = null)
        : base(name, description)
    {
        if (types is not null)
        {
            _types.AddRange(types);
        }
    }

    /// <summary>Member types in declaration order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types;

    /// <inheritdoc />
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Appends a member type; duplicates are reported by schema validation.</summary>
    public void AddType(GraphQLObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
    }
}
