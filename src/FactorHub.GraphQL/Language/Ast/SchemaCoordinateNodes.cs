namespace FactorHub.GraphQL.Language.Ast;

/// <summary>Schema Coordinates: a string that names one schema element, e.g. <c>Query.factor(code:)</c>.</summary>
public abstract class SchemaCoordinateNode : Node
{
    /// <summary>The type name, or the directive name for directive coordinates.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>Schema Coordinates, TypeCoordinate: <c>Name</c>.</summary>
public sealed class TypeCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.TypeCoordinate;
}

/// <summary>Schema Coordinates, MemberCoordinate: <c>Name . Name</c> (a field, input field or enum value).</summary>
public sealed class MemberCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.MemberCoordinate;

    /// <summary>The member name.</summary>
    public required NameNode MemberName { get; init; }
}

/// <summary>Schema Coordinates, ArgumentCoordinate: <c>Name . Name ( Name : )</c>.</summary>
public sealed class ArgumentCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ArgumentCoordinate;

    /// <summary>The field name.</summary>
    public required NameNode FieldName { get; init; }

    /// <summary>The argument name.</summary>
    public required NameNode ArgumentName { get; init; }
}

/// <summary>Schema Coordinates, DirectiveCoordinate: <c>@ Name</c>.</summary>
public sealed class DirectiveCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveCoordinate;
}

/// <summary>Schema Coordinates, DirectiveArgumentCoordinate: <c>@ Name ( Name : )</c>.</summary>
public sealed class DirectiveArgumentCoordinateNode : SchemaCoordinateNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveArgumentCoordinate;

    /// <summary>The argument name.</summary>
    public required NameNode ArgumentName { get; init; }
}
