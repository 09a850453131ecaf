using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.5 All Variable Usages Are Allowed: a variable is only used where its type fits the
/// expected type. A nullable variable may flow into a non-null position only when the variable
/// has a non-null default value or the position has a default value (IsVariableUsageAllowed).
/// A variable giving a field of a OneOf input object must be non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var usages = Context.GetRecursiveVariableUsages(node);
        if (usages.Count == 0 || node.VariableDefinitions.Count == 0)
        {
            return;
        }

        var schema = Context.Schema;
        foreach (var usage in usages)
        {
            if (usage.Type is not { } type || FindDefinition(node, usage.Node.Name.Value) is not { } varDef)
            {
                continue;
            }

            var varName = usage.Node.Name.Value;
            var varType = TypeInfo.TypeFromAst(schema, varDef.Type);
            if (varType is not null && !IsVariableUsageAllowed(schema, varType, varDef.DefaultValue, type, usage.DefaultValue))
            {
                Context.ReportError(new GraphQLError(
                    $"Variable \"${varName}\" of type \"{varType}\" used in position expecting type \"{type}\".",
                    [varDef, usage.Node]));
            }

            if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } parentType && varType.IsNullableType())
            {
                Context.ReportError(new GraphQLError(
                    $"Variable \"${varName}\" is of type \"{varType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType}\".",
                    [varDef, usage.Node]));
            }
        }
    }

    /// <summary>Spec IsVariableUsageAllowed(variableDefinition, variableUsage).</summary>
    private static bool IsVariableUsageAllowed(
        GraphQLSchema schema,
        IGraphQLType varType,
        ValueNode? varDefaultValue,
        IGraphQLType locationType,
        object? locationDefaultValue)
    {
        if (locationType is GraphQLNonNull nonNullLocationType && varType is not GraphQLNonNull)
        {
            var hasNonNullVariableDefaultValue = varDefaultValue is not null and not NullValueNode;
            var hasLocationDefaultValue = !Undefined.Is(locationDefaultValue);
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, varType, nonNullLocationType.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, varType, locationType);
    }

    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        // The last definition wins when a name is repeated (reported by Variable Uniqueness).
        VariableDefinitionNode? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                found = definition;
            }
        }

        return found;
    }
}
