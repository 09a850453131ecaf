using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.2.3 Fragment Spread Is Possible: a fragment (named or inline) may only be spread
/// where some object could be of both the parent type and the fragment's type.
/// </summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.Type is GraphQLNamedType fragType
            && fragType.IsCompositeType()
            && Context.ParentType is { } parentType
            && parentType.IsCompositeType()
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
        {
            Context.ReportError(new GraphQLError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".",
                [node]));
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var fragName = node.Name.Value;
        if (GetFragmentType(fragName) is { } fragType
            && Context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
        {
            Context.ReportError(new GraphQLError(
                $"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".",
                [node]));
        }
    }

    private GraphQLNamedType? GetFragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
        && TypeInfo.TypeFromAst(Context.Schema, fragment.TypeCondition) is GraphQLNamedType type
        && type.IsCompositeType()
            ? type
            : null;
}
