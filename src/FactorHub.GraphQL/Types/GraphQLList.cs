namespace FactorHub.GraphQL.Types;

/// <summary>
/// A list of values of the wrapped type (§3.11 List). Two list types are equal when their item types are equal,
/// so <c>new GraphQLList(Scalars.String).Equals(new GraphQLList(Scalars.String))</c>.
/// </summary>
public sealed class GraphQLList : IGraphQLType, IEquatable<GraphQLList>
{
    /// <summary>Wraps <paramref name="ofType"/>.</summary>
    public GraphQLList(IGraphQLType ofType)
    {
        OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));
    }

    /// <summary>The item type.</summary>
    public IGraphQLType OfType { get; }

    /// <inheritdoc />
    public bool Equals(GraphQLList? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GraphQLList other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, OfType);

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}
