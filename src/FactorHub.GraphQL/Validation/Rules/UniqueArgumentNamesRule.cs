using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.
/// </summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node) => CheckArgUniqueness(node.Arguments);

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location) => CheckArgUniqueness(node.Arguments);

    private void CheckArgUniqueness(IReadOnlyList<ArgumentNode> argumentNodes)
    {
        if (argumentNodes.Count < 2)
        {
            return;
        }

        // Small lists: a quadratic scan allocates nothing in the common, valid case.
        for (var i = 0; i < argumentNodes.Count; i++)
        {
            var argName = argumentNodes[i].Name.Value;
            var isFirst = true;
            for (var j = 0; j < i; j++)
            {
                if (argumentNodes[j].Name.Value == argName)
                {
                    isFirst = false;
                    break;
                }
            }

            if (!isFirst)
            {
                continue;
            }

            List<Node>? duplicates = null;
            for (var j = i + 1; j < argumentNodes.Count; j++)
            {
                if (argumentNodes[j].Name.Value == argName)
                {
                    (duplicates ??= [argumentNodes[i].Name]).Add(argumentNodes[j].Name);
                }
            }

            if (duplicates is not null)
            {
                Context.ReportError(new GraphQLError($"There can be only one argument named \"{argName}\".", duplicates));
            }
        }
    }
}
