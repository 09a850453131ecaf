namespace FactorHub.GraphQL.Language.Ast;

/// <summary>
/// Base of every AST node. Nodes are immutable: properties are init-only, lists are never null
/// (empty when absent), optional children are nullable.
/// </summary>
public abstract class Node
{
    /// <summary>The kind of this node; lets visitors switch without type tests.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node was parsed from; null when parsed with NoLocation or built in code.</summary>
    public Location? Loc { get; init; }

    /// <summary>The node printed as GraphQL source (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>A node that can carry directives (§2.12 Directives).</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to this node, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node that can carry a description (§3.2 Descriptions; executable definitions since the September 2025 edition).</summary>
public interface IHasDescription
{
    /// <summary>The description string, or null.</summary>
    StringValueNode? Description { get; }
}

/// <summary>§2.1.9 Names: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public sealed class NameNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The name text.</summary>
    public required string Value { get; init; }
}

/// <summary>§2.2 Document: a list of definitions.</summary>
public sealed class DocumentNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];

    /// <summary>How many lexical tokens (comments excluded) the parser read; 0 when built in code.</summary>
    public int TokenCount { get; init; }
}

/// <summary>§2.2 Definition: an executable definition or a type system definition/extension.</summary>
public abstract class DefinitionNode : Node
{
}

/// <summary>§2.2 ExecutableDefinition: an operation or a fragment.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    /// <summary>Descriptions on executable definitions (added in the September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selection set of the operation or fragment.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>§3 TypeSystemDefinition: schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary>§3 TypeSystemExtension: schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}

/// <summary>§2.4 Selection: a field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : Node, IHasDirectives
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§2.9 Input Values: any literal or variable.</summary>
public abstract class ValueNode : Node
{
}

/// <summary>§2.11 Type References.</summary>
public abstract class TypeNode : Node
{
}
