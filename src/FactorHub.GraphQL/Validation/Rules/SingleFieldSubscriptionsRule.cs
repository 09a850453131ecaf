using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.4.1 Single Root Field: a subscription operation selects exactly one root field,
/// which is not an introspection field. Root selections must not use <c>@skip</c> or
/// <c>@include</c> (CollectSubscriptionFields), since which field is selected must not depend on
/// variables.
/// </summary>
/// <remarks>
/// graphql-js 16 still evaluates <c>@skip</c>/<c>@include</c> here (and throws when their argument
/// is a variable); we follow the September 2025 spec and reject them.
/// </remarks>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.Subscription is not { } subscriptionType)
        {
            return;
        }

        var operationName = node.Name?.Value;
        var groupedFields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var responseKeys = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        CollectSubscriptionFields(operationName, subscriptionType, node.SelectionSet, groupedFields, responseKeys, visitedFragments);

        if (responseKeys.Count > 1)
        {
            var extraFieldSelections = new List<Node>();
            for (var i = 1; i < responseKeys.Count; i++)
            {
                extraFieldSelections.AddRange(groupedFields[responseKeys[i]]);
            }

            Context.ReportError(new GraphQLError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extraFieldSelections));
        }

        foreach (var responseKey in responseKeys)
        {
            var fieldNodes = groupedFields[responseKey];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(new GraphQLError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    [.. fieldNodes]));
            }
        }
    }

    /// <summary>Spec CollectSubscriptionFields(objectType, selectionSet, visitedFragments).</summary>
    private void CollectSubscriptionFields(
        string? operationName,
        GraphQLObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> groupedFields,
        List<string> responseKeys,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            ReportSkipAndInclude(operationName, selection);
            switch (selection)
            {
                case FieldNode field:
                    var responseKey = field.ResponseKey;
                    if (!groupedFields.TryGetValue(responseKey, out var group))
                    {
                        group = [];
                        groupedFields[responseKey] = group;
                        responseKeys.Add(responseKey);
                    }

                    group.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    if (!visitedFragments.Add(fragmentName) || Context.GetFragment(fragmentName) is not { } fragment)
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        CollectSubscriptionFields(operationName, objectType, fragment.SelectionSet, groupedFields, responseKeys, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        CollectSubscriptionFields(operationName, objectType, inline.SelectionSet, groupedFields, responseKeys, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool DoesFragmentTypeApply(GraphQLObjectType objectType, NamedTypeNode typeCondition) =>
        TypeInfo.TypeFromAst(Context.Schema, typeCondition) switch
        {
            GraphQLObjectType fragmentType => ReferenceEquals(fragmentType, objectType),
            GraphQLNamedType fragmentType when fragmentType.IsAbstractType() => Context.Schema.IsSubType(fragmentType, objectType),
            _ => false,
        };

    private void ReportSkipAndInclude(string? operationName, SelectionNode selection)
    {
        List<Node>? conditional = null;
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value is "skip" or "include")
            {
                (conditional ??= []).Add(directive);
            }
        }

        if (conditional is not null)
        {
            Context.ReportError(new GraphQLError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must not use @skip or @include directives in the top level selection."
                    : "Anonymous Subscription must not use @skip or @include directives in the top level selection.",
                conditional));
        }
    }
}
