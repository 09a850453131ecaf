using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.2.1 Operation Name Uniqueness: each named operation must have a name unique
/// among the document's operations.
/// </summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _knownOperationNames = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is { } operationName)
        {
            if (_knownOperationNames.TryGetValue(operationName.Value, out var known))
            {
                Context.ReportError(new GraphQLError(
                    $"There can be only one operation named \"{operationName.Value}\".",
                    [known, operationName]));
            }
            else
            {
                _knownOperationNames[operationName.Value] = operationName;
            }
        }
    }
}
