using System.Globalization;
using System.Runtime.CompilerServices;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Query limit (not a spec rule): rejects an operation whose estimated cost exceeds a maximum.
/// Errors carry <c>extensions.code</c> COST_LIMIT_EXCEEDED with the computed <c>cost</c> and the
/// <c>maxCost</c>.
/// </summary>
/// <remarks>
/// The cost of a field is <c>multiplier × (own cost + cost of its sub-selection)</c>:
/// <list type="bullet">
/// <item>own cost: the field's <c>Metadata["cost"]</c> (an integer) when set, else 1 for fields of
/// object, interface, union or list type and 0 for scalar and enum fields;</item>
/// <item>multiplier: the value of the field's <c>first</c> or <c>last</c> argument (the larger
/// when both are given; a variable's request value or default value; the argument's default
/// value when not given), else 1;</item>
/// <item>fragments add the cost of their selections; fields of all inline fragments are
/// summed (an upper bound for abstract types); unknown fields cost nothing (other rules report them).</item>
/// </list>
/// Arithmetic saturates at <see cref="long.MaxValue"/>. Fragment costs are memoized, so reuse
/// does not make the computation expensive.
/// </remarks>
public sealed class CostRule : ValidationRule
{
    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public const string ErrorCode = ErrorCodes.CostLimitExceeded;

    private readonly long _maxCost;

    public CostRule(ValidationContext context, long maxCost)
        : base(context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCost);
        _maxCost = maxCost;
    }

    /// <summary>A rule factory for <see cref="Validator.Validate"/>'s rule list.</summary>
    public static ValidationRuleFactory Create(long maxCost) => context => new CostRule(context, maxCost);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var cost = ComputeCost(Context.Schema, Context.Document, node, Context.Options.Variables);
        if (cost <= _maxCost)
        {
            return;
        }

        var operation = node.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";
        Context.ReportError(new GraphQLError(
            $"{operation} has a cost of {cost}, which exceeds the maximum allowed cost of {_maxCost}.",
            [node],
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCode,
                ["cost"] = cost,
                ["maxCost"] = _maxCost,
            }));
    }

    /// <summary>
    /// The estimated cost of one operation of a (valid) document, with the request's variable
    /// values when known. Usable outside validation, e.g. once per request for a cached document.
    /// </summary>
    public static long ComputeCost(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return 0;
        }

        // A cost that read no variable (no first/last given by a variable) is the same for every request of this
        // operation: kept beside the (cached) document, so a repeated query does not walk its selections again.
        if (CostCache.TryGetValue(operation, out var known) && ReferenceEquals(known.Schema, schema))
        {
            return known.Cost;
        }

        var calculator = new CostCalculator(schema, document, operation, variables);
        var cost = calculator.SelectionSetCost(rootType, operation.SelectionSet);
        if (!calculator.ReadVariables)
        {
            CostCache.AddOrUpdate(operation, new KnownCost(schema, cost));
        }

        return cost;
    }

    private static readonly ConditionalWeakTable<OperationDefinitionNode, KnownCost> CostCache = new();

    private sealed record KnownCost(GraphQLSchema Schema, long Cost);

    private sealed class CostCalculator(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables)
    {
        private Dictionary<string, long>? _fragmentCosts;
        private HashSet<string>? _fragmentsInProgress;
        private Dictionary<string, FragmentDefinitionNode>? _fragments;

        /// <summary>True once a variable's value (or its default) decided a multiplier.</summary>
        public bool ReadVariables { get; private set; }

        public long SelectionSetCost(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            long cost = 0;
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                var selectionCost = selection switch
                {
                    FieldNode field => FieldCost(parentType, field),
                    InlineFragmentNode inline => SelectionSetCost(
                        inline.TypeCondition is { } typeCondition ? schema.GetType(typeCondition.Name.Value) : parentType,
                        inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                    _ => 0,
                };
                cost = SaturatingAdd(cost, selectionCost);
            }

            return cost;
        }

        private long FieldCost(GraphQLNamedType? parentType, FieldNode field)
        {
            if (parentType is null || schema.GetField(parentType, field.Name.Value) is not { } fieldDef)
            {
                return 0;
            }

            var ownCost = OwnCost(fieldDef);
            var childrenCost = field.SelectionSet is { } selectionSet
                ? SelectionSetCost(fieldDef.Type.GetNamedType(), selectionSet)
                : 0;
            return SaturatingMultiply(Multiplier(field, fieldDef), SaturatingAdd(ownCost, childrenCost));
        }

        private static long OwnCost(GraphQLField fieldDef)
        {
            if (fieldDef.Metadata.TryGetValue(MetadataKeys.Cost, out var configured) && ToLong(configured) is { } cost)
            {
                return Math.Max(0, cost);
            }

            var type = fieldDef.Type.GetNullableType();
            return type is GraphQLList || !type.GetNamedType().IsLeafType() ? 1 : 0;
        }

        /// <summary>The page size a list or connection field is asked for (<c>first</c>/<c>last</c>), else 1.</summary>
        private long Multiplier(FieldNode field, GraphQLField fieldDef)
        {
            long? multiplier = null;
            var args = fieldDef.Args;
            for (var i = 0; i < args.Count; i++)
            {
                var argDef = args[i];
                if (argDef.Name is not ("first" or "last"))
                {
                    continue;
                }

                var value = ArgumentValue(field, argDef);
                if (value is { } size)
                {
                    multiplier = Math.Max(multiplier ?? 0, Math.Max(0, size));
                }
            }

            return multiplier ?? 1;
        }

        private long? ArgumentValue(FieldNode field, GraphQLArgument argDef)
        {
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value == argDef.Name)
                {
                    return LiteralValue(argument.Value);
                }
            }

            return argDef.HasDefaultValue ? ToLong(argDef.DefaultValue) : null;
        }

        private long? LiteralValue(ValueNode value)
        {
            switch (value)
            {
                case IntValueNode intValue:
                    return long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                        ? parsed
                        : long.MaxValue;
                case VariableNode variable:
                    ReadVariables = true;
                    var variableName = variable.Name.Value;
                    if (variables is not null && variables.TryGetValue(variableName, out var variableValue))
                    {
                        return ToLong(variableValue);
                    }

                    foreach (var definition in operation.VariableDefinitions)
                    {
                        if (definition.Variable.Name.Value == variableName && definition.DefaultValue is { } defaultValue)
                        {
                            return LiteralValue(defaultValue);
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private long FragmentCost(string fragmentName)
        {
            _fragmentCosts ??= new(StringComparer.Ordinal);
            _fragmentsInProgress ??= new(StringComparer.Ordinal);
            if (_fragmentCosts.TryGetValue(fragmentName, out var cached))
            {
                return cached;
            }

            _fragments ??= CollectFragments(document);

            // Unknown fragments and cycles are reported by other rules; they cost nothing here.
            if (!_fragments.TryGetValue(fragmentName, out var fragment) || !_fragmentsInProgress.Add(fragmentName))
            {
                return 0;
            }

            var cost = SelectionSetCost(schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            _fragmentsInProgress.Remove(fragmentName);
            _fragmentCosts[fragmentName] = cost;
            return cost;
        }

        private static Dictionary<string, FragmentDefinitionNode> CollectFragments(DocumentNode document)
        {
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragments[fragment.Name.Value] = fragment;
                }
            }

            return fragments;
        }

        /// <summary>Integral values as variables and metadata carry them (int, long, decimal, double, string).</summary>
        private static long? ToLong(object? value) => value switch
        {
            int i => i,
            long l => l,
            short s => s,
            decimal d => d >= long.MaxValue ? long.MaxValue : d <= long.MinValue ? long.MinValue : (long)decimal.Truncate(d),
            double d when !double.IsNaN(d) => d >= long.MaxValue ? long.MaxValue : d <= long.MinValue ? long.MinValue : (long)d,
            string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        private static long SaturatingMultiply(long a, long b) =>
            a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
    }
}
