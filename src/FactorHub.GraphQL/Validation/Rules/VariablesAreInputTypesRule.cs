using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object
/// type (possibly wrapped in lists and non-null). Unknown types are left to
/// <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeInfo.TypeFromAst(Context.Schema, node.Type) is { } type && !type.IsInputType())
        {
            Context.ReportError(new GraphQLError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                [node.Type]));
        }
    }
}
