using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.4.2.1 Required Arguments: every argument of non-null type without a default value
/// must be given, on fields and on directives. (Passing an explicit null is reported by Values
/// of Correct Type.)
/// </summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveField(FieldNode node)
    {
        if (Context.FieldDef is not { } fieldDef)
        {
            return;
        }

        foreach (var argDef in fieldDef.Args)
        {
            if (argDef.IsRequired() && !IsProvided(node.Arguments, argDef.Name))
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                    [node]));
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (Context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argDef in directive.Args)
        {
            if (argDef.IsRequired() && !IsProvided(node.Arguments, argDef.Name))
            {
                Context.ReportError(new GraphQLError(
                    $"Directive \"@{directive.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                    [node]));
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
