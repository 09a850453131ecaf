namespace FactorHub.GraphQL.Language.Ast;

/// <summary>§2.3 Operations: <c>Description? OperationType Name? VariablesDefinition? Directives? SelectionSet</c>, or the query shorthand.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>query, mutation or subscription.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation name; null for anonymous operations.</summary>
    public NameNode? Name { get; init; }

    /// <summary>§2.10 Variables declared by the operation.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>§2.10 VariableDefinition: <c>Description? Variable : Type DefaultValue? Directives[Const]?</c>.</summary>
public sealed class VariableDefinitionNode : Node, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>Descriptions on variable definitions (added in the September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable being declared.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>§2.4 Selection Sets: <c>{ Selection+ }</c>.</summary>
public sealed class SelectionSetNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections, in source order (never empty when parsed).</summary>
    public IReadOnlyList<SelectionNode> Selections { get; init; } = [];
}

/// <summary>§2.5 Fields: <c>Alias? Name Arguments? Directives? SelectionSet?</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>§2.7 Field Alias, if any.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>§2.6 Arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection; null for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The response key: the alias if present, else the name (§2.7 Field Alias).</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>§2.6 Argument: <c>Name : Value</c>.</summary>
public sealed class ArgumentNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }
}

/// <summary>§2.8 FragmentSpread: <c>... FragmentName Directives?</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The name of the spread fragment.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>§2.8.2 Inline Fragments: <c>... TypeCondition? Directives? SelectionSet</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>§2.8.1 Type Conditions; null when the fragment has none.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The fragment's selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>§2.8 FragmentDefinition: <c>Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment name (never "on").</summary>
    public required NameNode Name { get; init; }

    /// <summary>§2.8.1 Type Conditions.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>§2.12 Directive: <c>@ Name Arguments?</c>.</summary>
public sealed class DirectiveNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive name (without "@").</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directive's arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
