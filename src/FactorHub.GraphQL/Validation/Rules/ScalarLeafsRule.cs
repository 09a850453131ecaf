using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.3 Leaf Field Selections: a field of scalar or enum type has no selection set; a
/// field of object, interface or union type has one, with at least one field.
/// </summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.Type is not { } type)
        {
            return;
        }

        var selectionSet = node.SelectionSet;
        if (type.GetNamedType().IsLeafType())
        {
            if (selectionSet is not null)
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    [selectionSet]));
            }
        }
        else if (selectionSet is null)
        {
            var fieldName = node.Name.Value;
            Context.ReportError(new GraphQLError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                [node]));
        }
        else if (selectionSet.Selections.Count == 0)
        {
            Context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" of type \"{type}\" must have at least one field selected.",
                [node]));
        }
    }
}
