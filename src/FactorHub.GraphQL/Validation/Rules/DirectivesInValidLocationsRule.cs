using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.7.2 Directives Are In Valid Locations: a directive is only used at a location its
/// definition lists (e.g. <c>@skip</c> on fields and fragments, not on operations).
/// </summary>
public sealed class DirectivesInValidLocationsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (Context.Directive is not { } directive)
        {
            return;
        }

        foreach (var allowed in directive.Locations)
        {
            if (allowed == location)
            {
                return;
            }
        }

        Context.ReportError(new GraphQLError(
            $"Directive \"@{node.Name.Value}\" may not be used on {location.ToSpecName()}.",
            [node]));
    }
}
