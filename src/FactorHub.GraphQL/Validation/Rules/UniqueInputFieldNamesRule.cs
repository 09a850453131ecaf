using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.
/// </summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    // The object literals enclosing the current field (nested literals are checked as they are visited).
    private readonly Stack<ObjectValueNode> _objects = new();

    public override void EnterObjectValue(ObjectValueNode node) => _objects.Push(node);

    public override void LeaveObjectValue(ObjectValueNode node) => _objects.Pop();

    public override void EnterObjectField(ObjectFieldNode node)
    {
        // Small literals: scanning the earlier fields allocates nothing in the common, valid
        // case. A repeated field is reported with the first occurrence of its name.
        var fieldName = node.Name.Value;
        foreach (var field in _objects.Peek().Fields)
        {
            if (ReferenceEquals(field, node))
            {
                return;
            }

            if (field.Name.Value == fieldName)
            {
                Context.ReportError(new GraphQLError(
                    $"There can be only one input field named \"{fieldName}\".",
                    [field.Name, node.Name]));
                return;
            }
        }
    }
}
