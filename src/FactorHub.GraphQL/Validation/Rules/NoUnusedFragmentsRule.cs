using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.1.4 Fragments Must Be Used: every fragment definition is spread, directly or
/// through other fragments, by some operation of the document.
/// </summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveDocument(DocumentNode node)
    {
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                operations.Add(operation);
            }
        }

        var fragmentNameUsed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.GetRecursivelyReferencedFragments(operations))
        {
            fragmentNameUsed.Add(fragment.Name.Value);
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragmentDef && !fragmentNameUsed.Contains(fragmentDef.Name.Value))
            {
                Context.ReportError(new GraphQLError($"Fragment \"{fragmentDef.Name.Value}\" is never used.", [fragmentDef]));
            }
        }
    }
}
