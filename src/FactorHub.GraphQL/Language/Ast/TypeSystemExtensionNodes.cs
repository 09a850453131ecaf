namespace FactorHub.GraphQL.Language.Ast;

/// <summary>§3.3.2 SchemaExtension: <c>extend schema Directives[Const]? { RootOperationTypeDefinition+ }</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types added.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>§3.4.3 TypeExtension: base of the six type extensions.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <summary>The name of the extended type.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§3.5.1 ScalarTypeExtension: <c>extend scalar Name Directives[Const]</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary>§3.6.3 ObjectTypeExtension: <c>extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>Interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>§3.7.1 InterfaceTypeExtension: <c>extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>Interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>§3.8.1 UnionTypeExtension: <c>extend union Name Directives[Const]? UnionMemberTypes?</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>Member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>§3.9.1 EnumTypeExtension: <c>extend enum Name Directives[Const]? EnumValuesDefinition?</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>Values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>§3.10.1 InputObjectTypeExtension: <c>extend input Name Directives[Const]? InputFieldsDefinition?</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>Input fields added.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
