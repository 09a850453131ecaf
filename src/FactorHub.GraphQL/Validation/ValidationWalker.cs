using System.Collections.Concurrent;
using BindingFlags = System.Reflection.BindingFlags;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, keeping <see cref="TypeInfo"/> in step and calling every
/// rule's hooks in parallel (graphql-js <c>visitInParallel</c> + <c>visitWithTypeInfo</c>).
/// Each hook is dispatched only to the rules that override it, and a rule that asked to skip a
/// node's children is left out until that node is left.
/// </summary>
internal sealed class ValidationWalker
{
    private static readonly ConcurrentDictionary<Type, bool[]> OverridesByRuleType = new();
    private static readonly string[] HookNames = Enum.GetNames<Hook>();

    private readonly ValidationRule[] _rules;
    private readonly int[][] _rulesByHook;
    private readonly Node?[] _skipping;
    private readonly TypeInfo _typeInfo;
    private int _skippingCount;

    public ValidationWalker(TypeInfo typeInfo, ValidationRule[] rules)
    {
        _typeInfo = typeInfo;
        _rules = rules;
        _skipping = new Node?[rules.Length];
        var hookCount = HookNames.Length;
        var buckets = new List<int>[hookCount];
        for (var h = 0; h < hookCount; h++)
        {
            buckets[h] = [];
        }

        for (var i = 0; i < rules.Length; i++)
        {
            var overrides = OverridesByRuleType.GetOrAdd(rules[i].GetType(), FindOverrides);
            for (var h = 0; h < hookCount; h++)
            {
                if (overrides[h])
                {
                    buckets[h].Add(i);
                }
            }
        }

        _rulesByHook = new int[hookCount][];
        for (var h = 0; h < hookCount; h++)
        {
            _rulesByHook[h] = buckets[h].ToArray();
        }
    }

    /// <summary>The hooks of <see cref="ValidationRule"/>; names match its virtual methods.</summary>
    private enum Hook
    {
        EnterDocument,
        LeaveDocument,
        EnterOperationDefinition,
        LeaveOperationDefinition,
        EnterFragmentDefinition,
        LeaveFragmentDefinition,
        EnterVariableDefinition,
        LeaveVariableDefinition,
        EnterNamedType,
        EnterSelectionSet,
        LeaveSelectionSet,
        EnterField,
        LeaveField,
        EnterFragmentSpread,
        EnterInlineFragment,
        LeaveInlineFragment,
        EnterDirectives,
        EnterDirective,
        LeaveDirective,
        EnterArgument,
        LeaveArgument,
        EnterVariable,
        EnterScalarValue,
        EnterNullValue,
        EnterListValue,
        LeaveListValue,
        EnterObjectValue,
        LeaveObjectValue,
        EnterObjectField,
        LeaveObjectField,
    }

    public void Walk(DocumentNode document)
    {
        Enter(Hook.EnterDocument, document, static (r, n) => r.EnterDocument(n));
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    VisitOperationDefinition(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    VisitFragmentDefinition(fragment);
                    break;
            }
        }

        Leave(Hook.LeaveDocument, document, static (r, n) => r.LeaveDocument(n));
    }

    private void VisitOperationDefinition(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        Enter(Hook.EnterOperationDefinition, node, static (r, n) => r.EnterOperationDefinition(n));
        foreach (var variableDefinition in node.VariableDefinitions)
        {
            VisitVariableDefinition(variableDefinition);
        }

        VisitDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        VisitSelectionSet(node.SelectionSet, node);
        Leave(Hook.LeaveOperationDefinition, node, static (r, n) => r.LeaveOperationDefinition(n));
        _typeInfo.LeaveTypedNode();
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        Enter(Hook.EnterFragmentDefinition, node, static (r, n) => r.EnterFragmentDefinition(n));
        EnterLeaf(Hook.EnterNamedType, node.TypeCondition, static (r, n) => r.EnterNamedType(n));
        VisitDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        VisitSelectionSet(node.SelectionSet, node);
        Leave(Hook.LeaveFragmentDefinition, node, static (r, n) => r.LeaveFragmentDefinition(n));
        _typeInfo.LeaveTypedNode();
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        Enter(Hook.EnterVariableDefinition, node, static (r, n) => r.EnterVariableDefinition(n));
        var type = node.Type;
        while (type is not NamedTypeNode)
        {
            type = type is ListTypeNode list ? list.Type : ((NonNullTypeNode)type).Type;
        }

        EnterLeaf(Hook.EnterNamedType, (NamedTypeNode)type, static (r, n) => r.EnterNamedType(n));
        if (node.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }

        VisitDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        Leave(Hook.LeaveVariableDefinition, node, static (r, n) => r.LeaveVariableDefinition(n));
        _typeInfo.LeaveVariableDefinition();
    }

    private void VisitSelectionSet(SelectionSetNode node, Node parent)
    {
        _typeInfo.EnterSelectionSet();
        var enterRules = _rulesByHook[(int)Hook.EnterSelectionSet];
        for (var k = 0; k < enterRules.Length; k++)
        {
            var i = enterRules[k];
            if (_skipping[i] is null)
            {
                _rules[i].EnterSelectionSet(node, parent);
                MarkSkipIfRequested(i, node);
            }
        }

        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    EnterLeaf(Hook.EnterFragmentSpread, spread, static (r, n) => r.EnterFragmentSpread(n));
                    VisitDirectives(spread.Directives, DirectiveLocation.FragmentSpread);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        var leaveRules = _rulesByHook[(int)Hook.LeaveSelectionSet];
        for (var k = 0; k < leaveRules.Length; k++)
        {
            var i = leaveRules[k];
            if (_skipping[i] is null)
            {
                _rules[i].LeaveSelectionSet(node, parent);
            }
        }

        ClearSkips(node);
        _typeInfo.LeaveSelectionSet();
    }

    private void VisitField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        Enter(Hook.EnterField, node, static (r, n) => r.EnterField(n));
        foreach (var argument in node.Arguments)
        {
            VisitArgument(argument);
        }

        VisitDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
        {
            VisitSelectionSet(selectionSet, node);
        }

        Leave(Hook.LeaveField, node, static (r, n) => r.LeaveField(n));
        _typeInfo.LeaveField();
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        Enter(Hook.EnterInlineFragment, node, static (r, n) => r.EnterInlineFragment(n));
        if (node.TypeCondition is { } typeCondition)
        {
            EnterLeaf(Hook.EnterNamedType, typeCondition, static (r, n) => r.EnterNamedType(n));
        }

        VisitDirectives(node.Directives, DirectiveLocation.InlineFragment);
        VisitSelectionSet(node.SelectionSet, node);
        Leave(Hook.LeaveInlineFragment, node, static (r, n) => r.LeaveInlineFragment(n));
        _typeInfo.LeaveTypedNode();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        var listRules = _rulesByHook[(int)Hook.EnterDirectives];
        for (var k = 0; k < listRules.Length; k++)
        {
            var i = listRules[k];
            if (_skipping[i] is null)
            {
                _rules[i].EnterDirectives(directives, location);
            }
        }

        foreach (var directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            var enterRules = _rulesByHook[(int)Hook.EnterDirective];
            for (var k = 0; k < enterRules.Length; k++)
            {
                var i = enterRules[k];
                if (_skipping[i] is null)
                {
                    _rules[i].EnterDirective(directive, location);
                    MarkSkipIfRequested(i, directive);
                }
            }

            foreach (var argument in directive.Arguments)
            {
                VisitArgument(argument);
            }

            var leaveRules = _rulesByHook[(int)Hook.LeaveDirective];
            for (var k = 0; k < leaveRules.Length; k++)
            {
                var i = leaveRules[k];
                if (_skipping[i] is null)
                {
                    _rules[i].LeaveDirective(directive, location);
                }
            }

            ClearSkips(directive);
            _typeInfo.LeaveDirective();
        }
    }

    private void VisitArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        Enter(Hook.EnterArgument, node, static (r, n) => r.EnterArgument(n));
        VisitValue(node.Value);
        Leave(Hook.LeaveArgument, node, static (r, n) => r.LeaveArgument(n));
        _typeInfo.LeaveArgument();
    }

    private void VisitValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                EnterLeaf(Hook.EnterVariable, variable, static (r, n) => r.EnterVariable(n));
                break;
            case NullValueNode nullValue:
                EnterLeaf(Hook.EnterNullValue, nullValue, static (r, n) => r.EnterNullValue(n));
                break;
            case ListValueNode list:
                _typeInfo.EnterListValue();
                Enter(Hook.EnterListValue, list, static (r, n) => r.EnterListValue(n));
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                Leave(Hook.LeaveListValue, list, static (r, n) => r.LeaveListValue(n));
                _typeInfo.LeaveInputPosition();
                break;
            case ObjectValueNode obj:
                Enter(Hook.EnterObjectValue, obj, static (r, n) => r.EnterObjectValue(n));
                foreach (var field in obj.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    Enter(Hook.EnterObjectField, field, static (r, n) => r.EnterObjectField(n));
                    VisitValue(field.Value);
                    Leave(Hook.LeaveObjectField, field, static (r, n) => r.LeaveObjectField(n));
                    _typeInfo.LeaveInputPosition();
                }

                Leave(Hook.LeaveObjectValue, obj, static (r, n) => r.LeaveObjectValue(n));
                break;
            case EnumValueNode enumValue:
                _typeInfo.EnterEnumValue(enumValue);
                EnterLeaf(Hook.EnterScalarValue, node, static (r, n) => r.EnterScalarValue(n));
                _typeInfo.LeaveEnumValue();
                break;
            default:
                EnterLeaf(Hook.EnterScalarValue, node, static (r, n) => r.EnterScalarValue(n));
                break;
        }
    }

    private void Enter<TNode>(Hook hook, TNode node, Action<ValidationRule, TNode> call)
        where TNode : Node
    {
        var rules = _rulesByHook[(int)hook];
        for (var k = 0; k < rules.Length; k++)
        {
            var i = rules[k];
            if (_skipping[i] is null)
            {
                call(_rules[i], node);
                MarkSkipIfRequested(i, node);
            }
        }
    }

    /// <summary>Enter hook of a node without children or leave hook: a skip request has nothing to skip.</summary>
    private void EnterLeaf<TNode>(Hook hook, TNode node, Action<ValidationRule, TNode> call)
        where TNode : Node
    {
        var rules = _rulesByHook[(int)hook];
        for (var k = 0; k < rules.Length; k++)
        {
            var i = rules[k];
            if (_skipping[i] is null)
            {
                var rule = _rules[i];
                call(rule, node);
                rule.TakeSkipRequest();
            }
        }
    }

    private void Leave<TNode>(Hook hook, TNode node, Action<ValidationRule, TNode> call)
        where TNode : Node
    {
        var rules = _rulesByHook[(int)hook];
        for (var k = 0; k < rules.Length; k++)
        {
            var i = rules[k];
            if (_skipping[i] is null)
            {
                call(_rules[i], node);
            }
        }

        ClearSkips(node);
    }

    private void MarkSkipIfRequested(int ruleIndex, Node node)
    {
        if (_rules[ruleIndex].TakeSkipRequest())
        {
            _skipping[ruleIndex] = node;
            _skippingCount++;
        }
    }

    /// <summary>Rules that skipped <paramref name="node"/>'s children resume after it.</summary>
    private void ClearSkips(Node node)
    {
        if (_skippingCount == 0)
        {
            return;
        }

        for (var i = 0; i < _skipping.Length; i++)
        {
            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
                _skippingCount--;
            }
        }
    }

    private static bool[] FindOverrides(Type ruleType)
    {
        var result = new bool[HookNames.Length];
        for (var h = 0; h < HookNames.Length; h++)
        {
            var method = ruleType.GetMethod(HookNames[h], BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"ValidationRule has no hook named {HookNames[h]}.");
            result[h] = method.DeclaringType != typeof(ValidationRule);
        }

        return result;
    }
}
