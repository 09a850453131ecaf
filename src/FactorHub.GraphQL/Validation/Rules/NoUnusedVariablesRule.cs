using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.4 All Variables Used: every variable an operation defines is used, directly or in
/// the fragments it spreads.
/// </summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0)
        {
            return;
        }

        var variableNameUsed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            variableNameUsed.Add(usage.Node.Name.Value);
        }

        foreach (var variableDef in node.VariableDefinitions)
        {
            var variableName = variableDef.Variable.Name.Value;
            if (!variableNameUsed.Contains(variableName))
            {
                Context.ReportError(new GraphQLError(
                    node.Name is { } name
                        ? $"Variable \"${variableName}\" is never used in operation \"{name.Value}\"."
                        : $"Variable \"${variableName}\" is never used.",
                    [variableDef]));
            }
        }
    }
}
