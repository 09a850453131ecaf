namespace FactorHub.GraphQL.Language.Ast;

/// <summary>§2.11 NamedType: a type name.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;

    /// <summary>The referenced type name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>§2.11 ListType: <c>[ Type ]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
}

/// <summary>§2.11 NonNullType: <c>NamedType !</c> or <c>ListType !</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The wrapped type: a <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>, never another non-null.</summary>
    public required TypeNode Type { get; init; }
}
