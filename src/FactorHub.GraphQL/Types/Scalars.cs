namespace FactorHub.GraphQL.Types;

/// <summary>
/// The scalar instances: the five the specification defines (§3.5 Scalars) and FactorHub's custom scalars.
/// Each is a singleton, so schemas share them and identity comparisons work.
/// </summary>
public static class Scalars
{
    /// <summary>§3.5.1 Int.</summary>
    public static readonly GraphQLScalarType Int = new IntScalar();

    /// <summary>§3.5.2 Float.</summary>
    public static readonly GraphQLScalarType Float = new FloatScalar();

    /// <summary>§3.5.3 String.</summary>
    public static readonly GraphQLScalarType String = new StringScalar();

    /// <summary>§3.5.4 Boolean.</summary>
    public static readonly GraphQLScalarType Boolean = new BooleanScalar();

    /// <summary>§3.5.5 ID.</summary>
    public static readonly GraphQLScalarType ID = new IdScalar();

    /// <summary>RFC 3339 date-time with offset.</summary>
    public static readonly GraphQLScalarType DateTime = new DateTimeScalar();

    /// <summary>yyyy-MM-dd.</summary>
    public static readonly GraphQLScalarType Date = new DateScalar();

    /// <summary>Exact decimal.</summary>
    public static readonly GraphQLScalarType Decimal = new DecimalScalar();

    /// <summary>Any JSON value.</summary>
    public static readonly GraphQLScalarType Json = new JsonScalar();

    /// <summary>The specified scalars in graphql-js order (String, Int, Float, Boolean, ID).</summary>
    public static IReadOnlyList<GraphQLScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>FactorHub's custom scalars, available to SchemaBuilder by name.</summary>
    public static IReadOnlyList<GraphQLScalarType> Custom { get; } = [DateTime, Date, Decimal, Json];

    /// <summary>True when the scalar has the name of a specified scalar (graphql-js isSpecifiedScalarType compares names).</summary>
    public static bool IsSpecified(GraphQLScalarType scalar) => GetSpecified(scalar.Name) is not null;

    /// <summary>The specified scalar named <paramref name="name"/>, or null.</summary>
    public static GraphQLScalarType? GetSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
