using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>One value of an enum type (§3.9 Enums) and the CLR value it stands for.</summary>
public sealed class GraphQLEnumValue
{
    /// <summary>Creates an enum value; <paramref name="value"/> defaults to the name.</summary>
    public GraphQLEnumValue(string name, object? value = null, string? description = null)
    {
        Name = NameValidation.AssertEnumValueName(name);
        Value = value ?? name;
        Description = description;
    }

    /// <summary>The name as it appears in documents and responses.</summary>
    public string Name { get; }

    /// <summary>The internal value resolvers return and receive (the name unless bound, e.g. a C# enum member).</summary>
    public object Value { get; internal set; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Why this value is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The definition this value was built from, when built from SDL.</summary>
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
