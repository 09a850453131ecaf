namespace FactorHub.GraphQL.Types;

/// <summary>
/// An input object type (§3.10 Input Objects): a set of named input fields. A OneOf input object (<c>@oneOf</c>,
/// §3.10.1 OneOf Input Objects) requires exactly one field to be given, and not null.
/// </summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private readonly OrderedDictionary<string, GraphQLInputField> _fields = new(StringComparer.Ordinal);

    /// <summary>Creates an input object type.</summary>
    public GraphQLInputObjectType(string name, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        IsOneOf = isOneOf;
    }

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields => _fields;

    /// <summary>True for a OneOf input object.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public GraphQLInputField? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The number of fields, for index-based iteration in hot paths (no enumerator).</summary>
    internal int FieldCount => _fields.Count;

    /// <summary>The field at <paramref name="index"/> in definition order.</summary>
    internal GraphQLInputField FieldAt(int index) => _fields.GetAt(index).Value;

    /// <summary>Appends a field; names must be unique within the type.</summary>
    public GraphQLInputField AddField(GraphQLInputField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Field \"{Name}.{field.Name}\" can only be defined once.", nameof(field));
        }

        return field;
    }

    /// <summary>Shorthand for <see cref="AddField(GraphQLInputField)"/>.</summary>
    public GraphQLInputField AddField(string name, IGraphQLType type, string? description = null) =>
        AddField(new GraphQLInputField(name, type, description));
}
