using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Query limit (not a spec rule): rejects an operation whose fields nest deeper than a maximum.
/// A root field is at depth 1, its sub-fields at depth 2, and so on; fragments (inline or
/// spread) add no depth of their own. Errors carry <c>extensions.code</c> DEPTH_LIMIT_EXCEEDED
/// and point at the first field beyond the limit.
/// </summary>
/// <remarks>
/// Depths of selection sets are memoized, so a document reusing fragments many times is
/// measured in linear time. Fragment cycles count as no extra depth (they are reported by
/// <see cref="NoFragmentCyclesRule"/>).
/// </remarks>
public sealed class MaxDepthRule : ValidationRule
{
    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public const string ErrorCode = ErrorCodes.DepthLimitExceeded;

    private readonly int _maxDepth;
    private readonly Dictionary<SelectionSetNode, int> _depths = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);

    public MaxDepthRule(ValidationContext context, int maxDepth)
        : base(context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        _maxDepth = maxDepth;
    }

    /// <summary>A rule factory for <see cref="Validator.Validate"/>'s rule list.</summary>
    public static ValidationRuleFactory Create(int maxDepth) => context => new MaxDepthRule(context, maxDepth);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var depth = SelectionSetDepth(node.SelectionSet);
        if (depth <= _maxDepth)
        {
            return;
        }

        var tooDeepField = FindTooDeepField(node.SelectionSet, _maxDepth, new HashSet<string>(StringComparer.Ordinal));
        var operation = node.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";
        Context.ReportError(new GraphQLError(
            $"{operation} has a depth of {depth}, which exceeds the maximum allowed depth of {_maxDepth}.",
            [tooDeepField is null ? node : tooDeepField],
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCode,
                ["depth"] = depth,
                ["maxDepth"] = _maxDepth,
            }));
    }

    /// <summary>The deepest field nesting within a selection set (1 for a set of leaf fields).</summary>
    private int SelectionSetDepth(SelectionSetNode selectionSet)
    {
        if (_depths.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var selectionDepth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is { } sub ? SelectionSetDepth(sub) : 0),
                InlineFragmentNode inline => SelectionSetDepth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            depth = Math.Max(depth, selectionDepth);
        }

        _depths[selectionSet] = depth;
        return depth;
    }

    private int FragmentDepth(string fragmentName)
    {
        if (Context.GetFragment(fragmentName) is not { } fragment || !_fragmentsInProgress.Add(fragmentName))
        {
            return 0;
        }

        var depth = SelectionSetDepth(fragment.SelectionSet);
        _fragmentsInProgress.Remove(fragmentName);
        return depth;
    }

    /// <summary>The first field (in document order) lying deeper than <paramref name="allowed"/> more levels.</summary>
    private FieldNode? FindTooDeepField(SelectionSetNode selectionSet, int allowed, HashSet<string> fragmentsOnPath)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (allowed == 0)
                    {
                        return field;
                    }

                    if (field.SelectionSet is { } sub && SelectionSetDepth(sub) > allowed - 1)
                    {
                        return FindTooDeepField(sub, allowed - 1, fragmentsOnPath);
                    }

                    break;
                case InlineFragmentNode inline when SelectionSetDepth(inline.SelectionSet) > allowed:
                    return FindTooDeepField(inline.SelectionSet, allowed, fragmentsOnPath);
                case FragmentSpreadNode spread when Context.GetFragment(spread.Name.Value) is { } fragment
                    && SelectionSetDepth(fragment.SelectionSet) > allowed
                    && fragmentsOnPath.Add(spread.Name.Value):
                    // Fragments already on the path are not entered again (cycles).
                    return FindTooDeepField(fragment.SelectionSet, allowed, fragmentsOnPath);
            }
        }

        return null;
    }
}
