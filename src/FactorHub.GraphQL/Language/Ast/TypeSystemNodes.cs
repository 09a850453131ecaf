namespace FactorHub.GraphQL.Language.Ast;

/// <summary>§3.3 SchemaDefinition: <c>Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>§3.3.1 RootOperationTypeDefinition: <c>OperationType : NamedType</c>.</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>Which root operation.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The object type serving as that root.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>§3.4 TypeDefinition: base of the six named type definitions.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§3.5 ScalarTypeDefinition: <c>Description? scalar Name Directives[Const]?</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary>§3.6 ObjectTypeDefinition: <c>Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>§3.6 ImplementsInterfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>§3.6 FieldsDefinition.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>§3.6 FieldDefinition: <c>Description? Name ArgumentsDefinition? : Type Directives[Const]?</c>.</summary>
public sealed class FieldDefinitionNode : Node, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>§3.6.1 Field Arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The output type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§3.6.1 InputValueDefinition: <c>Description? Name : Type DefaultValue? Directives[Const]?</c> (arguments and input fields).</summary>
public sealed class InputValueDefinitionNode : Node, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <summary>The argument or input field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§3.7 InterfaceTypeDefinition: <c>Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>§3.7.2 Interfaces implementing interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>§3.6 FieldsDefinition.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>§3.8 UnionTypeDefinition: <c>Description? union Name Directives[Const]? UnionMemberTypes?</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>The member object types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>§3.9 EnumTypeDefinition: <c>Description? enum Name Directives[Const]? EnumValuesDefinition?</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>The enum values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>§3.9 EnumValueDefinition: <c>Description? EnumValue Directives[Const]?</c>.</summary>
public sealed class EnumValueDefinitionNode : Node, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <summary>The enum value name (never true, false or null).</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§3.10 InputObjectTypeDefinition: <c>Description? input Name Directives[Const]? InputFieldsDefinition?</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>§3.13 DirectiveDefinition: <c>Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, IHasDescription
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <summary>The directive name (without "@").</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directive's arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations, as names (validated against <see cref="DirectiveLocation"/> by the parser).</summary>
    public IReadOnlyList<NameNode> Locations { get; init; } = [];
}
