using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.3.1 Lone Anonymous Operation: an anonymous operation (including the query
/// shorthand) is allowed only when it is the document's only operation.
/// </summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            Context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [node]));
        }
    }
}
