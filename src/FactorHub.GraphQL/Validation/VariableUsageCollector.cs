using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation;

/// <summary>
/// Finds the variable usages of one operation or fragment definition with the expected input
/// type at each position (graphql-js <c>ValidationContext.getVariableUsages</c>). Walks only the
/// nodes that can hold values: selections, arguments, directives and values.
/// </summary>
internal sealed class VariableUsageCollector
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(GraphQLSchema schema)
    {
        _typeInfo = new TypeInfo(schema);
    }

    public static List<VariableUsage> Collect(GraphQLSchema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        var typeInfo = collector._typeInfo;
        switch (definition)
        {
            case OperationDefinitionNode operation:
                typeInfo.EnterOperationDefinition(operation);
                collector.VisitDirectives(operation.Directives);
                collector.VisitSelectionSet(operation.SelectionSet);
                typeInfo.LeaveTypedNode();
                break;
            case FragmentDefinitionNode fragment:
                typeInfo.EnterFragment(fragment.TypeCondition);
                collector.VisitDirectives(fragment.Directives);
                collector.VisitSelectionSet(fragment.SelectionSet);
                typeInfo.LeaveTypedNode();
                break;
        }

        return collector._usages;
    }

    private void VisitSelectionSet(SelectionSetNode selectionSet)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    _typeInfo.EnterField(field);
                    VisitArguments(field.Arguments);
                    VisitDirectives(field.Directives);
                    if (field.SelectionSet is { } fieldSelectionSet)
                    {
                        VisitSelectionSet(fieldSelectionSet);
                    }

                    _typeInfo.LeaveField();
                    break;
                case InlineFragmentNode inline:
                    _typeInfo.EnterFragment(inline.TypeCondition);
                    VisitDirectives(inline.Directives);
                    VisitSelectionSet(inline.SelectionSet);
                    _typeInfo.LeaveTypedNode();
                    break;
                case FragmentSpreadNode spread:
                    VisitDirectives(spread.Directives);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            VisitArguments(directive.Arguments);
            _typeInfo.LeaveDirective();
        }
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            _typeInfo.EnterArgument(argument);
            VisitValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void VisitValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                _usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
                break;
            case ListValueNode list:
                _typeInfo.EnterListValue();
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                _typeInfo.LeaveInputPosition();
                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    VisitValue(field.Value);
                    _typeInfo.LeaveInputPosition();
                }

                break;
        }
    }
}
