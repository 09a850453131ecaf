using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation;

/// <summary>
/// What a rule sees during one validation run: the schema, the document, the
/// <see cref="Utilities.TypeInfo"/> positioned on the current node, error reporting, and cached
/// document facts shared by all rules (fragments by name, spreads, variable usages).
/// </summary>
public sealed class ValidationContext
{
    private readonly Action<GraphQLError> _onError;
    private readonly Action _onAbort;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    internal ValidationContext(
        GraphQLSchema schema,
        DocumentNode document,
        TypeInfo typeInfo,
        ValidationOptions options,
        Action<GraphQLError> onError,
        Action onAbort)
    {
        _onAbort = onAbort;
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        Options = options;
        _onError = onError;
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public ValidationOptions Options { get; }

    /// <summary>When true, rules leave "Did you mean …?" suggestions out of their messages.</summary>
    public bool HideSuggestions => Options.HideSuggestions;

    /// <inheritdoc cref="TypeInfo.Type"/>
    public IGraphQLType? Type => TypeInfo.Type;

    /// <inheritdoc cref="TypeInfo.ParentType"/>
    public GraphQLNamedType? ParentType => TypeInfo.ParentType;

    /// <inheritdoc cref="TypeInfo.InputType"/>
    public IGraphQLType? InputType => TypeInfo.InputType;

    /// <inheritdoc cref="TypeInfo.ParentInputType"/>
    public IGraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <inheritdoc cref="TypeInfo.FieldDef"/>
    public GraphQLField? FieldDef => TypeInfo.FieldDef;

    /// <inheritdoc cref="TypeInfo.Directive"/>
    public GraphQLDirective? Directive => TypeInfo.Directive;

    /// <inheritdoc cref="TypeInfo.Argument"/>
    public GraphQLArgument? Argument => TypeInfo.Argument;

    /// <inheritdoc cref="TypeInfo.EnumValue"/>
    public GraphQLEnumValue? EnumValue => TypeInfo.EnumValue;

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>
    /// Stops validation, adding the error "Validation aborted." (a rule's work budget ran out on
    /// a pathological document). Does not return.
    /// </summary>
    public void AbortValidation() => _onAbort();

    /// <summary>The fragment definition with this name (the last one if several share it, as in graphql-js).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads directly within a selection set, including inside inline fragments and sub-fields.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_fragmentSpreads.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(node);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        setsToVisit.Push(fieldSelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[node] = spreads;
        return spreads;
    }

    /// <summary>Every fragment definition an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_recursivelyReferencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            _recursivelyReferencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>Every fragment definition any of the operations uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        CollectReferencedFragments(operations);

    private List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        // Breadth-first over fragment names in first-seen order, like graphql-js, so that
        // errors depending on this order come out in the same order.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>
    /// The variables used in an operation or fragment definition (not counting its variable
    /// definitions), each with the input type and default value of the position it is used in.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (!_variableUsages.TryGetValue(node, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, node);
            _variableUsages[node] = usages;
        }

        return usages;
    }

    /// <summary>The variable usages of an operation and of every fragment it uses, recursively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}

/// <summary>A variable used in a value position.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at that position, if known.</param>
/// <param name="DefaultValue">The default value of the argument or input field at that position, or <see cref="Undefined.Value"/>.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object of an input field).</param>
public readonly record struct VariableUsage(VariableNode Node, IGraphQLType? Type, object? DefaultValue, IGraphQLType? ParentType);
