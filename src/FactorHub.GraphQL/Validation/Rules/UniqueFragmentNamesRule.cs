using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.1.1 Fragment Name Uniqueness: each fragment definition has a name unique among
/// the document's fragments.
/// </summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _knownFragmentNames = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var fragmentName = node.Name.Value;
        if (_knownFragmentNames.TryGetValue(fragmentName, out var known))
        {
            Context.ReportError(new GraphQLError($"There can be only one fragment named \"{fragmentName}\".", [known, node.Name]));
        }
        else
        {
            _knownFragmentNames[fragmentName] = node.Name;
        }
    }
}
