using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.1 Variable Uniqueness: an operation defines each variable at most once.
/// </summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var variableName = definitions[i].Variable.Name.Value;
            var isFirst = true;
            for (var j = 0; j < i; j++)
            {
                if (definitions[j].Variable.Name.Value == variableName)
                {
                    isFirst = false;
                    break;
                }
            }

            if (!isFirst)
            {
                continue;
            }

            // All definitions of the name are reported in one error.
            List<Node>? duplicates = null;
            for (var j = i + 1; j < definitions.Count; j++)
            {
                if (definitions[j].Variable.Name.Value == variableName)
                {
                    (duplicates ??= [definitions[i].Variable.Name]).Add(definitions[j].Variable.Name);
                }
            }

            if (duplicates is not null)
            {
                Context.ReportError(new GraphQLError($"There can be only one variable named \"${variableName}\".", duplicates));
            }
        }
    }
}
