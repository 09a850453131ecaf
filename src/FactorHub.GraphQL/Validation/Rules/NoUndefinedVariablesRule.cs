using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.3 All Variable Uses Defined: every variable used in an operation, directly or in
/// the fragments it spreads, is defined by that operation.
/// </summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var usages = Context.GetRecursiveVariableUsages(node);
        if (usages.Count == 0)
        {
            return;
        }

        var variableNameDefined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            variableNameDefined.Add(definition.Variable.Name.Value);
        }

        foreach (var usage in usages)
        {
            var varName = usage.Node.Name.Value;
            if (!variableNameDefined.Contains(varName))
            {
                Context.ReportError(new GraphQLError(
                    node.Name is { } name
                        ? $"Variable \"${varName}\" is not defined by operation \"{name.Value}\"."
                        : $"Variable \"${varName}\" is not defined.",
                    [usage.Node, node]));
            }
        }
    }
}
