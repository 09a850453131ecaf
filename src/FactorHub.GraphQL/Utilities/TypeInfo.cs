using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Tracks type information while a document is walked (graphql-js <c>TypeInfo</c> semantics):
/// call the matching Enter method before visiting a node's children and Leave after.
/// Values not known at a position (unknown field, argument, type…) are <c>null</c>.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];
    private readonly List<object?> _defaultValueStack = [];

    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema;
    }

    public GraphQLSchema Schema => _schema;

    /// <summary>The output type at this position: the field's type, the operation's root type or the fragment's type.</summary>
    public IGraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being visited (the parent type of the current field).</summary>
    public GraphQLNamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at this position (argument, list item, input field, variable definition).</summary>
    public IGraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object containing it).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the field being visited.</summary>
    public GraphQLField? FieldDef => Peek(_fieldDefStack);

    /// <summary>
    /// The default value of the argument or input field at this position, or <see cref="Undefined.Value"/>
    /// when it has none (list positions never have one).
    /// </summary>
    public object? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : Undefined.Value;

    /// <summary>The directive being visited.</summary>
    public GraphQLDirective? Directive { get; private set; }

    /// <summary>The argument definition being visited (of a field or of a directive).</summary>
    public GraphQLArgument? Argument { get; private set; }

    /// <summary>The enum value definition of the enum literal being visited.</summary>
    public GraphQLEnumValue? EnumValue { get; private set; }

    /// <summary>Generic entry point: dispatches on the node kind (other kinds are ignored).</summary>
    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode: EnterSelectionSet(); break;
            case FieldNode field: EnterField(field); break;
            case DirectiveNode directive: EnterDirective(directive); break;
            case OperationDefinitionNode operation: EnterOperationDefinition(operation); break;
            case InlineFragmentNode inline: EnterFragment(inline.TypeCondition); break;
            case FragmentDefinitionNode fragment: EnterFragment(fragment.TypeCondition); break;
            case VariableDefinitionNode variable: EnterVariableDefinition(variable); break;
            case ArgumentNode argument: EnterArgument(argument); break;
            case ListValueNode: EnterListValue(); break;
            case ObjectFieldNode objectField: EnterObjectField(objectField); break;
            case EnumValueNode enumValue: EnterEnumValue(enumValue); break;
        }
    }

    /// <summary>Generic exit point matching <see cref="Enter"/>.</summary>
    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode: LeaveSelectionSet(); break;
            case FieldNode: LeaveField(); break;
            case DirectiveNode: LeaveDirective(); break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode: LeaveTypedNode(); break;
            case VariableDefinitionNode: LeaveVariableDefinition(); break;
            case ArgumentNode: LeaveArgument(); break;
            case ListValueNode or ObjectFieldNode: LeaveInputPosition(); break;
            case EnumValueNode: LeaveEnumValue(); break;
        }
    }

    public void EnterSelectionSet()
    {
        var namedType = Type.GetNamedType();
        _parentTypeStack.Add(namedType.IsCompositeType() ? namedType : null);
    }

    public void LeaveSelectionSet() => Pop(_parentTypeStack);

    public void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        GraphQLField? fieldDef = null;
        if (parentType is not null)
        {
            fieldDef = _schema.GetField(parentType, node.Name.Value);
        }

        _fieldDefStack.Add(fieldDef);
        var fieldType = fieldDef?.Type;
        _typeStack.Add(fieldType.IsOutputType() ? fieldType : null);
    }

    public void LeaveField()
    {
        Pop(_fieldDefStack);
        Pop(_typeStack);
    }

    public void EnterDirective(DirectiveNode node) => Directive = _schema.GetDirective(node.Name.Value);

    public void LeaveDirective() => Directive = null;

    public void EnterOperationDefinition(OperationDefinitionNode node)
    {
        _typeStack.Add(_schema.GetRootType(node.Operation));
    }

    /// <summary>Enters an inline fragment (type condition optional) or a fragment definition.</summary>
    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? TypeFromAst(_schema, typeCondition) : Type.GetNamedType();
        _typeStack.Add(outputType.IsOutputType() ? outputType : null);
    }

    /// <summary>Leaves an operation, inline fragment or fragment definition.</summary>
    public void LeaveTypedNode() => Pop(_typeStack);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var inputType = TypeFromAst(_schema, node.Type);
        _inputTypeStack.Add(inputType.IsInputType() ? inputType : null);
    }

    public void LeaveVariableDefinition() => Pop(_inputTypeStack);

    public void EnterArgument(ArgumentNode node)
    {
        GraphQLArgument? argDef = null;
        var name = node.Name.Value;
        if (Directive is { } directive)
        {
            argDef = directive.GetArgument(name);
        }
        else if (FieldDef is { } fieldDef)
        {
            argDef = fieldDef.GetArgument(name);
        }

        Argument = argDef;
        _defaultValueStack.Add(argDef is not null ? argDef.DefaultValue : Undefined.Value);
        var argType = argDef?.Type;
        _inputTypeStack.Add(argType.IsInputType() ? argType : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    public void EnterListValue()
    {
        var listType = InputType.GetNullableType();
        var itemType = listType is GraphQLList list ? list.OfType : listType;

        // List positions never have a default value.
        _defaultValueStack.Add(Undefined.Value);
        _inputTypeStack.Add(itemType.IsInputType() ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        GraphQLInputField? inputField = null;
        if (InputType.GetNamedType() is GraphQLInputObjectType objectType)
        {
            inputField = objectType.GetField(node.Name.Value);
        }

        _defaultValueStack.Add(inputField is not null ? inputField.DefaultValue : Undefined.Value);
        var fieldType = inputField?.Type;
        _inputTypeStack.Add(fieldType.IsInputType() ? fieldType : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    public void LeaveInputPosition()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    public void EnterEnumValue(EnumValueNode node)
    {
        EnumValue = InputType.GetNamedType() is GraphQLEnumType enumType ? enumType.GetValue(node.Value) : null;
    }

    public void LeaveEnumValue() => EnumValue = null;

    /// <summary>
    /// The schema type a type reference denotes (wrapping lists and non-nulls), or <c>null</c>
    /// when its named type is not in the schema.
    /// </summary>
    public static IGraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode)
    {
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var itemType = TypeFromAst(schema, list.Type);
                return itemType is null ? null : new GraphQLList(itemType);
            case NonNullTypeNode nonNull:
                var innerType = TypeFromAst(schema, nonNull.Type);
                return innerType is null || innerType is GraphQLNonNull ? null : new GraphQLNonNull(innerType);
            default:
                return null;
        }
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
