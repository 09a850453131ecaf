using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.4 Input Object Required Fields: an input object literal gives every field of
/// non-null type that has no default value. (An explicit null is reported by Values of Correct Type.)
/// </summary>
public sealed class InputObjectRequiredFieldsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterListValue(ListValueNode node)
    {
        // Items of a list literal where no list is expected are not checked (Values of Correct Type reports the list).
        if (Context.ParentInputType.GetNullableType() is not GraphQLList)
        {
            SkipChildren();
        }
    }

    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (Context.InputType.GetNamedType() is not GraphQLInputObjectType type)
        {
            return;
        }

        foreach (var fieldDef in type.Fields.Values)
        {
            if (fieldDef.IsRequired() && !IsProvided(node, fieldDef.Name))
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.",
                    [node]));
            }
        }
    }

    private static bool IsProvided(ObjectValueNode node, string name)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
