using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// What arguments (§3.6.1 Field Arguments, §3.13 Directives) and input object fields (§3.10 Input Objects)
/// have in common; introspection exposes both as <c>__InputValue</c>.
/// </summary>
public abstract class GraphQLInputValue
{
    /// <summary>Creates an input value of an input <paramref name="type"/>.</summary>
    protected GraphQLInputValue(string name, IGraphQLType type)
    {
        Name = NameValidation.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    /// <summary>The name, unique among its siblings.</summary>
    public string Name { get; }

    /// <summary>The input type (checked by schema validation).</summary>
    public IGraphQLType Type { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The internal (already coerced) default value, or <see cref="Undefined.Value"/> when there is none.
    /// A default of null is a real default and differs from none.
    /// </summary>
    public object? DefaultValue { get; set; } = Undefined.Value;

    /// <summary>True when a default value (possibly null) is defined.</summary>
    public bool HasDefaultValue => !ReferenceEquals(DefaultValue, Undefined.Value);

    /// <summary>Why this input value is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The definition this value was built from, when built from SDL.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
