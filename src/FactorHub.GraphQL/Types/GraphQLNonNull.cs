namespace FactorHub.GraphQL.Types;

/// <summary>
/// The wrapped type without null (§3.12 Non-Null). Wrapping a non-null type again is an error.
/// Structural equality like <see cref="GraphQLList"/>.
/// </summary>
public sealed class GraphQLNonNull : IGraphQLType, IEquatable<GraphQLNonNull>
{
    /// <summary>Wraps <paramref name="ofType"/>, which must be nullable.</summary>
    public GraphQLNonNull(IGraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type this wraps.</summary>
    public IGraphQLType OfType { get; }

    /// <inheritdoc />
    public bool Equals(GraphQLNonNull? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GraphQLNonNull other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(2, OfType);

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
