using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.1.1 Executable Definitions: a document submitted for execution contains only
/// operations and fragments; type system definitions and extensions are rejected.
/// </summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var definitionName = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => $"\"{definition.Kind}\"",
            };
            Context.ReportError(new GraphQLError($"The {definitionName} definition is not executable.", [definition]));
        }
    }
}
