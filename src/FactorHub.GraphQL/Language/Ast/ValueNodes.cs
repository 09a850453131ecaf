namespace FactorHub.GraphQL.Language.Ast;

/// <summary>§2.10 Variable: <c>$ Name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable name (without "$").</summary>
    public required NameNode Name { get; init; }
}

/// <summary>§2.9.1 Int Value. The raw text is kept so arbitrary-size and decimal scalars never lose digits.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal exactly as written, e.g. "-42".</summary>
    public required string Value { get; init; }
}

/// <summary>§2.9.2 Float Value. The raw text is kept so decimal scalars can parse it without going through double.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal exactly as written, e.g. "6.0221e23".</summary>
    public required string Value { get; init; }
}

/// <summary>§2.9.4 String Value, quoted or block.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The cooked value: escapes resolved, block strings dedented (§2.9.4 BlockStringValue()).</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a block string (<c>"""</c>).</summary>
    public bool Block { get; init; }
}

/// <summary>§2.9.3 Boolean Value.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>true or false.</summary>
    public bool Value { get; init; }
}

/// <summary>§2.9.5 Null Value.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>§2.9.6 Enum Value: a name other than true, false or null.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }
}

/// <summary>§2.9.7 List Value: <c>[ Value* ]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items in order.</summary>
    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}

/// <summary>§2.9.8 Input Object Values: <c>{ ObjectField* }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}

/// <summary>§2.9.8 ObjectField: <c>Name : Value</c>.</summary>
public sealed class ObjectFieldNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }
}
