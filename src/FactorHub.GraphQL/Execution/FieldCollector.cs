using System.Runtime.CompilerServices;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// §6.3.2 CollectFields: groups the fields of a selection set by response key for one object type,
/// honouring <c>@skip</c>/<c>@include</c>, visiting each fragment spread once, and applying type
/// conditions (DoesFragmentTypeApply). The result is a <see cref="SelectionPlan"/>; plans that do not
/// depend on variables are cached on the document's nodes and reused by later executions.
/// </summary>
internal static class FieldCollector
{
    private sealed class RootPlans
    {
        public GraphQLSchema? Schema;
        public SelectionPlan? Plan;
    }

    private static readonly ConditionalWeakTable<OperationDefinitionNode, RootPlans> RootPlanCache = new();

    /// <summary>The plan of the operation's root selection set (§6.2 ExecuteQuery/ExecuteMutation step "CollectFields").</summary>
    public static SelectionPlan CollectRootFields(Executor executor, GraphQLObjectType rootType)
    {
        var entry = RootPlanCache.GetValue(executor.Operation, static _ => new RootPlans());
        lock (entry)
        {
            if (entry.Plan is { } cached && ReferenceEquals(entry.Schema, executor.Schema) && ReferenceEquals(cached.ObjectType, rootType))
                return cached;
        }
        var plan = BuildPlan(executor, rootType, [executor.Operation.SelectionSet]);
        if (plan.IsCacheable)
        {
            lock (entry)
            {
                entry.Schema = executor.Schema;
                entry.Plan = plan;
            }
        }
        return plan;
    }

    /// <summary>§6.4.3 CollectSubfields: the merged selection sets of all field nodes of one response key.</summary>
    public static SelectionPlan CollectSubfields(Executor executor, GraphQLObjectType objectType, FieldNode[] fieldNodes)
    {
        var selectionSets = new List<SelectionSetNode>(fieldNodes.Length);
        foreach (var node in fieldNodes)
            if (node.SelectionSet is not null) selectionSets.Add(node.SelectionSet);
        return BuildPlan(executor, objectType, selectionSets);
    }

    private static SelectionPlan BuildPlan(Executor executor, GraphQLObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var usesVariables = false;
        foreach (var selectionSet in selectionSets)
            CollectFields(executor, objectType, selectionSet, grouped, visitedFragments, ref usesVariables);

        var fields = new List<FieldPlan>(grouped.Count);
        foreach (var (responseKey, nodes) in grouped)
        {
            var definition = GetFieldDef(executor.Schema, objectType, nodes[0].Name.Value, out var isTypeName);
            // A field the type does not define is left out of the response (validation prevents it).
            if (definition is null) continue;
            fields.Add(new FieldPlan(responseKey, [.. nodes], definition, isTypeName, ownerCacheable: !usesVariables));
        }
        var keys = new string[fields.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = fields[i].ResponseKey;
        return new SelectionPlan(objectType, [.. fields], keys, !usesVariables);
    }

    /// <summary>§6.3.2 CollectFields.</summary>
    private static void CollectFields(Executor executor, GraphQLObjectType objectType, SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> grouped, HashSet<string> visitedFragments, ref bool usesVariables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection, executor.VariableValues, ref usesVariables)) continue;
            switch (selection)
            {
                case FieldNode field:
                    var responseKey = field.ResponseKey;
                    if (!grouped.TryGetValue(responseKey, out var group))
                    {
                        group = new List<FieldNode>(1);
                        grouped.Add(responseKey, group);
                    }
                    group.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name)) continue;
                    if (!executor.Fragments.TryGetValue(name, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(executor.Schema, objectType, fragment.TypeCondition)) continue;
                    CollectFields(executor, objectType, fragment.SelectionSet, grouped, visitedFragments, ref usesVariables);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(executor.Schema, objectType, condition)) continue;
                    CollectFields(executor, objectType, inline.SelectionSet, grouped, visitedFragments, ref usesVariables);
                    break;
            }
        }
    }

    /// <summary>§6.3.2 steps for <c>@skip</c> (§3.13.1) and <c>@include</c> (§3.13.2).</summary>
    private static bool ShouldInclude(SelectionNode selection, IReadOnlyDictionary<string, object?> variableValues, ref bool usesVariables)
    {
        var directives = selection.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name != "skip" && name != "include") continue;
            foreach (var argument in directive.Arguments)
                if (argument.Value is VariableNode) usesVariables = true;
            var condition = Values.GetIfArgument(directive, variableValues);
            if (name == "skip" && condition == true) return false;
            if (name == "include" && condition == false) return false;
        }
        return true;
    }

    /// <summary>§6.3.2 DoesFragmentTypeApply.</summary>
    private static bool DoesFragmentTypeApply(GraphQLSchema schema, GraphQLObjectType objectType, NamedTypeNode typeCondition)
    {
        var conditionalType = schema.GetType(typeCondition.Name.Value);
        return conditionalType switch
        {
            GraphQLObjectType obj => ReferenceEquals(obj, objectType),
            GraphQLInterfaceType or GraphQLUnionType => schema.IsSubType(conditionalType, objectType),
            _ => false,
        };
    }

    /// <summary>The definition of a field on an object type, including the introspection meta-fields (§4.2).</summary>
    internal static GraphQLField? GetFieldDef(GraphQLSchema schema, GraphQLObjectType parentType, string fieldName, out bool isTypeName)
    {
        var field = schema.GetField(parentType, fieldName);
        isTypeName = ReferenceEquals(field, Introspection.TypeNameMetaField);
        return field;
    }
}
