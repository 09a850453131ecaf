using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.1.1 Operation Type Existence: the schema must have a root operation type for the
/// kind of every operation (a <c>mutation</c> needs a mutation root type, and so on).
/// </summary>
/// <remarks>
/// graphql-js 16 has no such rule (its <c>validate</c> accepts such operations and
/// <c>execute</c> fails later); the message is that of graphql-js 17's KnownOperationTypesRule.
/// </remarks>
public sealed class OperationTypeExistenceRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) is null)
        {
            Context.ReportError(new GraphQLError(
                $"The {node.Operation.ToKeyword()} operation is not supported by the schema.",
                [node]));
        }
    }
}
