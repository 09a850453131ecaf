using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// A field of an object or interface type (§3.6 Objects, §3.6.1 Field Arguments): its output type, arguments,
/// resolver and the metadata hooks read (keys <see cref="MetadataKeys.Authorize"/> and <see cref="MetadataKeys.Cost"/>).
/// </summary>
public sealed class GraphQLField
{
    private readonly List<GraphQLArgument> _args = [];

    /// <summary>Creates a field of an output <paramref name="type"/>.</summary>
    public GraphQLField(string name, IGraphQLType type, FieldResolver? resolve = null, string? description = null)
    {
        Name = NameValidation.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Resolve = resolve;
        Description = description;
    }

    /// <summary>The field name, unique within its type.</summary>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public IGraphQLType Type { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Args => _args;

    /// <summary>
    /// The resolver, or null for the default resolver (dictionary entry or public CLR property named like the field).
    /// </summary>
    public FieldResolver? Resolve { get; set; }

    /// <summary>For subscription root fields: creates the source event stream.</summary>
    public SubscriptionResolver? Subscribe { get; set; }

    /// <summary>Why this field is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Free-form data for hooks, e.g. "authorize" (policy name or list) and "cost" (int).</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The definition this field was built from, when built from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Appends an argument; names must be unique.</summary>
    public GraphQLField AddArgument(GraphQLArgument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (GetArgument(argument.Name) is not null)
        {
            throw new ArgumentException($"Field \"{Name}\" already has an argument named \"{argument.Name}\".", nameof(argument));
        }

        _args.Add(argument);
        return this;
    }

    /// <summary>Finds an argument by name (linear: fields have few arguments, a scan beats hashing).</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var arg in _args)
        {
            if (string.Equals(arg.Name, name, StringComparison.Ordinal))
            {
                return arg;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
