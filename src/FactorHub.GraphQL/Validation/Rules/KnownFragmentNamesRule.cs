using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.2.1 Fragment Spread Target Defined: every fragment spread names a fragment
/// defined in the document.
/// </summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var fragmentName = node.Name.Value;
        if (Context.GetFragment(fragmentName) is null)
        {
            Context.ReportError(new GraphQLError($"Unknown fragment \"{fragmentName}\".", [node.Name]));
        }
    }
}
