using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.7.3 Directives Are Unique Per Location: a non-repeatable directive is used at most
/// once on any one node.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count < 2)
        {
            return;
        }

        // Short lists: a quadratic scan allocates nothing in the common, valid case. Each repeat
        // is reported with the first use of its directive.
        for (var i = 1; i < directives.Count; i++)
        {
            var directiveName = directives[i].Name.Value;
            if (Context.Schema.GetDirective(directiveName) is not { IsRepeatable: false })
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name.Value == directiveName)
                {
                    Context.ReportError(new GraphQLError(
                        $"The directive \"@{directiveName}\" can only be used once at this location.",
                        [directives[j], directives[i]]));
                    break;
                }
            }
        }
    }
}
