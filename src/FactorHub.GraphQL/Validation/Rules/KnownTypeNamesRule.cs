using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.1.2 Fragment Spread Type Existence: the type condition of every fragment
/// definition and inline fragment names a type of the schema. Like graphql-js, the same check
/// covers the types of variable definitions (whose input-ness is §5.8.2).
/// </summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterNamedType(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (Context.Schema.GetType(typeName) is not null)
        {
            return;
        }

        var suggestedTypes = Context.HideSuggestions ? [] : SuggestionList.Suggest(typeName, Context.Schema.TypeMap.Keys);
        Context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestedTypes), [node]));
    }
}
