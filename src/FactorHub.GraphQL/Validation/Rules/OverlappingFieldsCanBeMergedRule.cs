using System.Text;
using System.Text.Json;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging: fields selected under the same response name, whether
/// directly, in inline fragments or through fragment spreads, must be mergeable: the same field
/// with the same arguments (unless their parents are distinct object types), with compatible
/// return types, recursively for their sub-selections.
/// </summary>
/// <remarks>
/// The spec's SameResponseShape / FieldsInSetCanMerge algorithm compares every pair of fields,
/// which explodes on documents reusing fragments. Like graphql-js this rule compares each
/// selection set "within" itself once, and compares collections of fields "between" each
/// other only when they overlap, caching collected field maps per (parent type, selection
/// set), comparisons between fragment pairs, and argument comparisons per field pair. A work
/// budget aborts validation on pathological documents.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    // Keep diagnostic detail bounded independently of document size.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    // Meters the work that can grow through repeated comparisons (graphql-js 16 budget).
    private const int MaxComplexityBudget = 500_000;

    private static readonly object NoParentType = new();

    private readonly PairSet _comparedFragmentPairs = new();
    private readonly Dictionary<object, Dictionary<SelectionSetNode, CollectFieldsResult>> _cachedCollectFieldsResults =
        new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private int _remainingComplexityBudget = MaxComplexityBudget;

    public override void EnterSelectionSet(SelectionSetNode node, Node parent)
    {
        // Inline fragments are flattened into their enclosing response level; their fields'
        // own selection sets are still visited independently.
        if (parent is InlineFragmentNode)
        {
            return;
        }

        if (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode))
        {
            return;
        }

        var conflicts = FindConflictsWithinSelectionSet(Context.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            Context.ReportError(new GraphQLError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
                nodes));
        }
    }

    /// <summary>
    /// Finds all conflicts within one selection set: (A) between its own fields, (B) between its
    /// fields and each fragment it spreads, (C) between every pair of fragments it spreads.
    /// </summary>
    private List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collectFieldsResult = CollectFields(parentType, selectionSet);

        // (A) Find all conflicts "within" the fields of this selection set.
        CollectConflictsWithin(conflicts, collectFieldsResult.GroupedFieldSet);

        // Compare fragment uses only with fields or another spread.
        var fragmentNames = collectFieldsResult.FragmentNames;
        if (fragmentNames.Count != 0 && (collectFieldsResult.GroupedFieldSet.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) Conflicts between these fields and those of each spread fragment.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collectFieldsResult, fragmentNames[i]);

                // (C) Conflicts between this fragment and every other fragment spread here.
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    /// <summary>Conflicts between a set of fields and a fragment, including the fragments it spreads.</summary>
    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        CollectFieldsResult collectFieldsResult,
        string fragmentName)
    {
        // Callers can enumerate more field-map/fragment pairs than document nodes.
        SpendComplexityBudget(1);
        if (collectFieldsResult.GroupedFieldSet.Count == 0)
        {
            return;
        }

        // Memoize so the fields and fragments are not compared more than once; only a
        // non-exclusive comparison can be reused for overlapping parents.
        var comparedFragments = collectFieldsResult.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (comparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            return;
        }

        comparedFragments[fragmentName] = areMutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var collectFieldsResult2 = CollectFragmentFields(fragment);

        // Do not compare a fragment's fields to themselves.
        if (ReferenceEquals(collectFieldsResult, collectFieldsResult2))
        {
            return;
        }

        // (D) Conflicts between the fields and the fields of the fragment.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collectFieldsResult, collectFieldsResult2);

        // (E) Conflicts between the fields and the fragments the fragment spreads.
        foreach (var referencedFragmentName in collectFieldsResult2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collectFieldsResult, referencedFragmentName);
        }
    }

    /// <summary>Conflicts between two fragments, including the fragments they spread.</summary>
    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        // Count attempted fragment pairs, including identity and cache hits.
        SpendComplexityBudget(2);

        // No need to compare a fragment to itself.
        if (fragmentName1 == fragmentName2)
        {
            return;
        }

        // Memoize so two fragments are not compared for conflicts more than once.
        if (_comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collectFieldsResult1 = CollectFragmentFields(fragment1);
        var collectFieldsResult2 = CollectFragmentFields(fragment2);

        // (F) Conflicts between the two collections of fields (not including nested fragments).
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collectFieldsResult1, collectFieldsResult2);

        // (G) Conflicts between the first fragment and the fragments spread in the second, and vice versa.
        foreach (var referencedFragmentName2 in collectFieldsResult2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedFragmentName2);
        }

        foreach (var referencedFragmentName1 in collectFieldsResult1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedFragmentName1, fragmentName2);
        }
    }

    /// <summary>
    /// Conflicts between the sub-selections of two overlapping fields, including those found by
    /// spreading fragments.
    /// </summary>
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        GraphQLNamedType? parentType1,
        SelectionSetNode selectionSet1,
        GraphQLNamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collectFieldsResult1 = CollectFields(parentType1, selectionSet1);
        var collectFieldsResult2 = CollectFields(parentType2, selectionSet2);

        // (H) Conflicts between the two collections of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collectFieldsResult1, collectFieldsResult2);

        // (I) Conflicts between each collection of fields and the fragments spread by the other.
        foreach (var fragmentName2 in collectFieldsResult2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collectFieldsResult1, fragmentName2);
        }

        foreach (var fragmentName1 in collectFieldsResult1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collectFieldsResult2, fragmentName1);
        }

        // (J) Conflicts between every fragment spread by the first and every fragment spread by the second.
        foreach (var fragmentName1 in collectFieldsResult1.FragmentNames)
        {
            foreach (var fragmentName2 in collectFieldsResult2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    /// <summary>Conflicts between fields sharing a response name within one collection of fields.</summary>
    private void CollectConflictsWithin(List<Conflict> conflicts, Dictionary<string, List<FieldDetails>> groupedFieldSet)
    {
        foreach (var (responseName, fields) in groupedFieldSet)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Conflicts between two collections of fields: every field of the first is compared with
    /// every field of the second under the same response name. Each collection was already
    /// checked "within" itself when its selection set was visited.
    /// </summary>
    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        CollectFieldsResult collectFieldsResult1,
        CollectFieldsResult collectFieldsResult2)
    {
        if (collectFieldsResult1.GroupedFieldSet.Count == 0 || collectFieldsResult2.GroupedFieldSet.Count == 0)
        {
            return;
        }

        foreach (var overlap in GetOverlappingFields(collectFieldsResult1, collectFieldsResult2))
        {
            foreach (var field1 in overlap.Fields1)
            {
                foreach (var field2 in overlap.Fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>The response names two collections share, cached per pair of collections.</summary>
    private List<OverlappingFields> GetOverlappingFields(CollectFieldsResult collectFieldsResult1, CollectFieldsResult collectFieldsResult2)
    {
        var byCollectFieldsResult = collectFieldsResult1.OverlappingFields ??=
            new Dictionary<CollectFieldsResult, List<OverlappingFields>>(ReferenceEqualityComparer.Instance);
        if (byCollectFieldsResult.TryGetValue(collectFieldsResult2, out var cached))
        {
            return cached;
        }

        var overlappingFields = new List<OverlappingFields>();
        foreach (var (responseName, fields1) in collectFieldsResult1.GroupedFieldSet)
        {
            // A field map can participate in many distinct comparisons.
            SpendComplexityBudget(1);
            if (collectFieldsResult2.GroupedFieldSet.TryGetValue(responseName, out var fields2))
            {
                overlappingFields.Add(new OverlappingFields(responseName, fields1, fields2));
            }
        }

        byCollectFieldsResult[collectFieldsResult2] = overlappingFields;
        return overlappingFields;
    }

    /// <summary>Whether two fields under the same response name conflict, including their sub-fields.</summary>
    private Conflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldDetails fieldDetails1,
        FieldDetails fieldDetails2)
    {
        var node1 = fieldDetails1.Node;
        var node2 = fieldDetails2.Node;
        var def1 = fieldDetails1.Definition;
        var def2 = fieldDetails2.Definition;

        // Fields that can never apply at the same time (their parents are distinct object types)
        // may diverge in name and arguments. Interfaces and unions might overlap, if not now then
        // in a future version of the schema, so they may not.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(fieldDetails1.ParentType, fieldDetails2.ParentType)
                && fieldDetails1.ParentType is GraphQLObjectType
                && fieldDetails2.ParentType is GraphQLObjectType);

        // Count attempted field pairs, including pairs skipped by type exclusivity.
        SpendComplexityBudget(2);
        if (fieldDetails1.IsSimpleLeaf
            && fieldDetails2.IsSimpleLeaf
            && ReferenceEquals(def1?.Type, def2?.Type)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var fieldInfo1 = GetFieldInfo(fieldDetails1);
            var fieldInfo2 = GetFieldInfo(fieldDetails2);
            if (!fieldInfo1.Comparisons.TryGetValue(fieldInfo2, out var reason))
            {
                // Two aliases must refer to the same field with the same arguments.
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(fieldInfo1.Arguments, fieldInfo2.Arguments)
                        ? null
                        : "they have differing arguments";
                fieldInfo1.Comparisons[fieldInfo2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = def1?.Type;
        var type2 = def2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var fieldInfo1 = GetFieldInfo(fieldDetails1);
            var fieldInfo2 = GetFieldInfo(fieldDetails2);
            var type1String = fieldInfo1.TypeString ??= type1.ToString()!;
            var type2String = fieldInfo2.TypeString ??= type2.ToString()!;
            return new Conflict(
                responseName,
                $"they return conflicting types \"{type1String}\" and \"{type2String}\"",
                [node1],
                [node2]);
        }

        // Collect and compare sub-fields.
        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                GetFieldInfo(fieldDetails1).NamedType,
                selectionSet1,
                GetFieldInfo(fieldDetails2).NamedType,
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    /// <summary>Argument lookups and comparison caches, prepared only for fields that overlap.</summary>
    private static FieldInfo GetFieldInfo(FieldDetails fieldDetails)
    {
        if (fieldDetails.Info is { } info)
        {
            return info;
        }

        ArgumentInfo? arguments = null;
        var args = fieldDetails.Node.Arguments;
        if (args.Count > 0)
        {
            var values = new Dictionary<string, ValueNode>(args.Count, StringComparer.Ordinal);
            foreach (var arg in args)
            {
                values[arg.Name.Value] = arg.Value;
            }

            arguments = new ArgumentInfo(args, values);
        }

        info = new FieldInfo(fieldDetails.Definition?.Type.GetNamedType(), arguments);
        fieldDetails.Info = info;
        return info;
    }

    private bool SameArguments(ArgumentInfo? argumentInfo1, ArgumentInfo? argumentInfo2)
    {
        if (argumentInfo1 is null)
        {
            return argumentInfo2 is null;
        }

        if (argumentInfo2 is null || argumentInfo1.Nodes.Count != argumentInfo2.Nodes.Count)
        {
            return false;
        }

        foreach (var arg1 in argumentInfo1.Nodes)
        {
            // A prepared argument list can participate in many field-pair comparisons.
            SpendComplexityBudget(1);
            if (!argumentInfo2.Values.TryGetValue(arg1.Name.Value, out var value2)
                || StringifyValue(arg1.Value) != StringifyValue(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A canonical text of a value literal: object fields sorted, string block-ness kept.</summary>
    private string StringifyValue(ValueNode value)
    {
        if (!_stringifiedValues.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            AppendCanonical(builder, value);
            text = builder.ToString();
            _stringifiedValues[value] = text;
        }

        return text;
    }

    private static void AppendCanonical(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append("$").Append(variable.Name.Value);
                break;
            case ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>(obj.Fields);
                fields.Sort(static (first, second) => string.CompareOrdinal(first.Name.Value, second.Name.Value));
                builder.Append('{');
                foreach (var field in fields)
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendCanonical(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendCanonical(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case StringValueNode str:
                builder.Append(str.Block ? "B" : "S").Append(JsonSerializer.Serialize(str.Value));
                break;
            case IntValueNode intValue:
                builder.Append("I:").Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append("F:").Append(floatValue.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append("E:").Append(enumValue.Value);
                break;
        }
    }

    /// <summary>
    /// Two types conflict if they could not both apply to a value: list and non-null wrappers
    /// must match and leaf types must be equal. Composite types are compared field by field later.
    /// </summary>
    private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendComplexityBudget(1);
            if (type1 is GraphQLList list1)
            {
                if (type2 is not GraphQLList list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is GraphQLList)
            {
                return true;
            }

            if (type1 is GraphQLNonNull nonNull1)
            {
                if (type2 is not GraphQLNonNull nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is GraphQLNonNull)
            {
                return true;
            }

            if (type1.IsLeafType() || type2.IsLeafType())
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    /// <summary>
    /// The fields of a selection set by response name (inline fragments flattened) and the names
    /// of the fragments it spreads, cached per parent type and selection set.
    /// </summary>
    private CollectFieldsResult CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        var parentKey = (object?)parentType ?? NoParentType;
        if (!_cachedCollectFieldsResults.TryGetValue(parentKey, out var bySelectionSet))
        {
            bySelectionSet = new Dictionary<SelectionSetNode, CollectFieldsResult>(ReferenceEqualityComparer.Instance);
            _cachedCollectFieldsResults[parentKey] = bySelectionSet;
        }

        if (bySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var result = new CollectFieldsResult();
        CollectFieldsImpl(parentType, selectionSet, result);
        bySelectionSet[selectionSet] = result;
        return result;
    }

    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeInfo.TypeFromAst(Context.Schema, fragment.TypeCondition) as GraphQLNamedType, fragment.SelectionSet);

    private void CollectFieldsImpl(GraphQLNamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldDef = (parentType as GraphQLComplexType)?.GetField(field.Name.Value);
                    var responseName = field.ResponseKey;
                    if (!result.GroupedFieldSet.TryGetValue(responseName, out var fieldDetailsList))
                    {
                        fieldDetailsList = [];
                        result.GroupedFieldSet[responseName] = fieldDetailsList;
                    }

                    fieldDetailsList.Add(new FieldDetails(
                        parentType,
                        field,
                        fieldDef,
                        field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (result.FragmentNameSet.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineFragmentType = inline.TypeCondition is { } typeCondition
                        ? TypeInfo.TypeFromAst(Context.Schema, typeCondition) as GraphQLNamedType
                        : parentType;
                    CollectFieldsImpl(inlineFragmentType, inline.SelectionSet, result);
                    break;
            }
        }
    }

    /// <summary>Turns the conflicts found between two fields' sub-fields into one conflict.</summary>
    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    private static List<Node> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<Node> { node };
        foreach (var conflict in conflicts)
        {
            // Locations start with the enclosing field; take from the end so that truncation
            // favours the deeper fields involved in the conflict.
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void SpendComplexityBudget(int cost)
    {
        _remainingComplexityBudget -= cost;
        if (_remainingComplexityBudget < 0)
        {
            Context.AbortValidation();
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<Node> Fields1, List<Node> Fields2);

    private sealed record OverlappingFields(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, GraphQLField? definition, bool isSimpleLeaf)
    {
        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public GraphQLField? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields with one name and type never conflict.</summary>
        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public FieldInfo? Info { get; set; }
    }

    private sealed class FieldInfo(GraphQLNamedType? namedType, ArgumentInfo? arguments)
    {
        /// <summary>Outcome of comparing names and arguments with another field (null reason: no conflict).</summary>
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public GraphQLNamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed record ArgumentInfo(IReadOnlyList<ArgumentNode> Nodes, Dictionary<string, ValueNode> Values);

    private sealed class CollectFieldsResult
    {
        public Dictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public HashSet<string> FragmentNameSet { get; } = new(StringComparer.Ordinal);

        /// <summary>Fragments already compared with these fields, and whether the comparison was mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectFieldsResult, List<OverlappingFields>>? OverlappingFields { get; set; }
    }

    /// <summary>Unordered pairs of fragment names, each remembering whether it was compared as mutually exclusive.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map))
            {
                map = new Dictionary<string, bool>(StringComparer.Ordinal);
                _data[a] = map;
            }

            map[b] = areMutuallyExclusive;
        }

        private bool Has1(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map) || !map.TryGetValue(b, out var result))
            {
                return false;
            }

            // A pair compared as not mutually exclusive satisfies both kinds of request.
            return areMutuallyExclusive || areMutuallyExclusive == result;
        }
    }
}
