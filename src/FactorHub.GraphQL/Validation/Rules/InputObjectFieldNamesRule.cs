using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.2 Input Object Field Names: every field of an input object literal is defined by
/// the input object type expected there.
/// </summary>
public sealed class InputObjectFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterListValue(ListValueNode node)
    {
        // Items of a list literal where no list is expected are not checked (Values of Correct Type reports the list).
        if (Context.ParentInputType.GetNullableType() is not GraphQLList)
        {
            SkipChildren();
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (Context.InputType is not null || Context.ParentInputType.GetNamedType() is not GraphQLInputObjectType parentType)
        {
            return;
        }

        var suggestions = Context.HideSuggestions ? [] : SuggestionList.Suggest(node.Name.Value, parentType.Fields.Keys);
        Context.ReportError(new GraphQLError(
            $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + DidYouMean.Format(suggestions),
            [node]));
    }
}
