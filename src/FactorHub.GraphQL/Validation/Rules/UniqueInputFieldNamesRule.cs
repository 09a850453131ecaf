using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.
/// </summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterObjectValue(ObjectValueNode node)
    {
        var fields = node.Fields;
        if (fields.Count < 2)
        {
            return;
        }

        // Small literals: a quadratic scan allocates nothing in the common, valid case. Each
        // repeated field is reported with the first occurrence of its name.
        for (var i = 1; i < fields.Count; i++)
        {
            var fieldName = fields[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == fieldName)
                {
                    Context.ReportError(new GraphQLError(
                        $"There can be only one input field named \"{fieldName}\".",
                        [fields[j].Name, fields[i].Name]));
                    break;
                }
            }
        }
    }
}
