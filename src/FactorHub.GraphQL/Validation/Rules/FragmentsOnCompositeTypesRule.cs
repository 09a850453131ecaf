using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.5.1.3 Fragments On Composite Types: fragments (named or inline) can only condition
/// on object, interface or union types. Unknown types are left to Fragment Spread Type Existence.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && IsNonCompositeType(typeCondition))
        {
            Context.ReportError(new GraphQLError(
                $"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".",
                [typeCondition]));
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonCompositeType(node.TypeCondition))
        {
            Context.ReportError(new GraphQLError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                [node.TypeCondition]));
        }
    }

    private bool IsNonCompositeType(NamedTypeNode typeCondition) =>
        TypeInfo.TypeFromAst(Context.Schema, typeCondition) is { } type && !type.IsCompositeType();
}
