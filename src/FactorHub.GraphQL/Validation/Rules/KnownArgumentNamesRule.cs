using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.4.1 Argument Names: every argument given to a field or a directive must be defined
/// by that field or directive. Arguments of unknown fields and unknown directives are left to
/// the rules reporting those.
/// </summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterArgument(ArgumentNode node)
    {
        // Directive arguments are checked in EnterDirective, which skips them here.
        if (Context.Argument is not null
            || Context.FieldDef is not { } fieldDef
            || Context.ParentType is not { } parentType)
        {
            return;
        }

        var argName = node.Name.Value;
        var suggestions = Context.HideSuggestions ? [] : SuggestionList.Suggest(argName, ArgumentNames(fieldDef.Args));
        Context.ReportError(new GraphQLError(
            $"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean.Format(suggestions),
            [node]));
    }

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (node.Arguments.Count == 0)
        {
            return;
        }

        // Arguments of unknown directives are not checked at all (not even as field arguments).
        SkipChildren();
        if (Context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argNode in node.Arguments)
        {
            var argName = argNode.Name.Value;
            if (directive.GetArgument(argName) is not null)
            {
                continue;
            }

            var suggestions = Context.HideSuggestions ? [] : SuggestionList.Suggest(argName, ArgumentNames(directive.Args));
            Context.ReportError(new GraphQLError(
                $"Unknown argument \"{argName}\" on directive \"@{node.Name.Value}\"." + DidYouMean.Format(suggestions),
                [argNode]));
        }
    }

    private static List<string> ArgumentNames(IReadOnlyList<GraphQLArgument> args)
    {
        var names = new List<string>(args.Count);
        foreach (var arg in args)
        {
            names.Add(arg.Name);
        }

        return names;
    }
}
