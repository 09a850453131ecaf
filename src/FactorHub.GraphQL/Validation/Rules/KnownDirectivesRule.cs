using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.7.1 Directives Are Defined: every directive used in the document is defined by the schema.
/// </summary>
/// <remarks>graphql-js's KnownDirectivesRule also covers §5.7.2 (<see cref="DirectivesInValidLocationsRule"/>).</remarks>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (Context.Directive is null)
        {
            Context.ReportError(new GraphQLError($"Unknown directive \"@{node.Name.Value}\".", [node]));
        }
    }
}
