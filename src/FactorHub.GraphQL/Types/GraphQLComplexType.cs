namespace FactorHub.GraphQL.Types;

/// <summary>
/// An object or interface type: a type with fields that may implement interfaces (§3.6 Objects, §3.7 Interfaces).
/// Fields keep definition order (introspection and SDL printing use it) and are looked up by hash.
/// Types are mutable while a schema is being assembled, so mutually recursive types can reference each other.
/// </summary>
public abstract class GraphQLComplexType : GraphQLNamedType
{
    private readonly OrderedDictionary<string, GraphQLField> _fields = new(StringComparer.Ordinal);
    private readonly List<GraphQLInterfaceType> _interfaces = [];

    /// <summary>Creates a type without fields; add them with <see cref="AddField"/>.</summary>
    protected GraphQLComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields => _fields;

    /// <summary>Interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces;

    /// <summary>The field named <paramref name="name"/>, or null (meta fields are resolved by the schema).</summary>
    public GraphQLField? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Appends a field; names must be unique within the type.</summary>
    public GraphQLField AddField(GraphQLField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Field \"{Name}.{field.Name}\" can only be defined once.", nameof(field));
        }

        return field;
    }

    /// <summary>Shorthand for <see cref="AddField"/> with a new <see cref="GraphQLField"/>.</summary>
    public GraphQLField AddField(string name, IGraphQLType type, FieldResolver? resolve = null, string? description = null) =>
        AddField(new GraphQLField(name, type, resolve, description));

    /// <summary>Declares that this type implements <paramref name="iface"/>; duplicates are reported by schema validation.</summary>
    public void AddInterface(GraphQLInterfaceType iface)
    {
        ArgumentNullException.ThrowIfNull(iface);
        _interfaces.Add(iface);
    }
}
