using System.Text;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles: a fragment must not spread itself,
/// directly or through other fragments (the spread would expand forever).
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    // Fragments already searched for cycles: each is searched once in a depth-first walk.
    private readonly HashSet<string> _visitedFrags = new(StringComparer.Ordinal);

    // The spreads on the current path, to report the cycle's nodes.
    private readonly List<FragmentSpreadNode> _spreadPath = [];

    // Position of each fragment of the current path in _spreadPath.
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycleRecursive(node);

    private void DetectCycleRecursive(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visitedFrags.Add(fragmentName))
        {
            return;
        }

        var spreadNodes = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreadNodes.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spreadNode in spreadNodes)
        {
            var spreadName = spreadNode.Name.Value;
            _spreadPath.Add(spreadNode);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycleRecursive(spreadFragment);
                }
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var viaPath = new StringBuilder();
                for (var i = 0; i < cyclePath.Count - 1; i++)
                {
                    viaPath.Append(i == 0 ? "\"" : ", \"").Append(cyclePath[i].Name.Value).Append('"');
                }

                Context.ReportError(new GraphQLError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length > 0 ? $" via {viaPath}." : "."),
                    [.. cyclePath]));
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
