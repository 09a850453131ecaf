using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// A type with a name (§3.1 Types): scalar, object, interface, union, enum or input object.
/// Named types are compared by reference; a schema holds exactly one instance per name.
/// </summary>
public abstract class GraphQLNamedType : IGraphQLType
{
    /// <summary>Creates a named type after checking the name against the Name grammar (§2.1.9).</summary>
    protected GraphQLNamedType(string name, string? description)
    {
        Name = NameValidation.AssertName(name);
        Description = description;
    }

    /// <summary>The type's name, unique within a schema.</summary>
    public string Name { get; }

    /// <summary>Markdown description (§3.2 Descriptions), or null.</summary>
    public string? Description { get; set; }

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The extensions applied to this type, when built from SDL.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}
