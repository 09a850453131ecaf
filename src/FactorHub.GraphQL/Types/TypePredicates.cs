namespace FactorHub.GraphQL.Types;

/// <summary>
/// Classification of types as the specification uses it (§3.4.2 Input and Output Types, §3 Leaf/Composite/Abstract types);
/// mirrors graphql-js definition.ts predicates. Extension methods so call sites read <c>type.IsInputType()</c>.
/// </summary>
public static class TypePredicates
{
    /// <summary>Scalars, enums, input objects, and lists/non-nulls of those (IsInputType(), §3.4.2).</summary>
    public static bool IsInputType(this IGraphQLType? type) => type switch
    {
        GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType => true,
        GraphQLList list => IsInputType(list.OfType),
        GraphQLNonNull nonNull => IsInputType(nonNull.OfType),
        _ => false,
    };

    /// <summary>Scalars, objects, interfaces, unions, enums, and lists/non-nulls of those (IsOutputType(), §3.4.2).</summary>
    public static bool IsOutputType(this IGraphQLType? type) => type switch
    {
        GraphQLScalarType or GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType or GraphQLEnumType => true,
        GraphQLList list => IsOutputType(list.OfType),
        GraphQLNonNull nonNull => IsOutputType(nonNull.OfType),
        _ => false,
    };

    /// <summary>Scalars and enums: the leaves of a response.</summary>
    public static bool IsLeafType(this IGraphQLType? type) => type is GraphQLScalarType or GraphQLEnumType;

    /// <summary>Objects, interfaces and unions: types that take a selection set.</summary>
    public static bool IsCompositeType(this IGraphQLType? type) =>
        type is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Interfaces and unions: types resolved to an object type at runtime.</summary>
    public static bool IsAbstractType(this IGraphQLType? type) => type is GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Lists and non-nulls.</summary>
    public static bool IsWrappingType(this IGraphQLType? type) => type is GraphQLList or GraphQLNonNull;

    /// <summary>Any type that is not a non-null wrapper.</summary>
    public static bool IsNullableType(this IGraphQLType? type) => type is not null and not GraphQLNonNull;

    /// <summary>Any named type.</summary>
    public static bool IsNamedType(this IGraphQLType? type) => type is GraphQLNamedType;

    /// <summary>Removes every list and non-null wrapper.</summary>
    public static GraphQLNamedType? GetNamedType(this IGraphQLType? type)
    {
        while (true)
        {
            switch (type)
            {
                case GraphQLNamedType named:
                    return named;
                case GraphQLList list:
                    type = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>Removes an outer non-null wrapper, if any.</summary>
    public static IGraphQLType? GetNullableType(this IGraphQLType? type) =>
        type is GraphQLNonNull nonNull ? nonNull.OfType : type;

    /// <summary>An argument is required when it is non-null and has no default value.</summary>
    public static bool IsRequired(this GraphQLInputValue value) =>
        value.Type is GraphQLNonNull && !value.HasDefaultValue;

    /// <summary>One of the five scalars the specification defines (§3.5 Scalars).</summary>
    public static bool IsSpecifiedScalarType(this IGraphQLType? type) =>
        type is GraphQLScalarType scalar && Scalars.IsSpecified(scalar);

    /// <summary>One of the introspection types (§4.2), whose names start with "__".</summary>
    public static bool IsIntrospectionType(this IGraphQLType? type) =>
        type is GraphQLNamedType named && Introspection.IsIntrospectionType(named);

    /// <summary>One of the directives the specification defines (§3.13 Directives).</summary>
    public static bool IsSpecifiedDirective(this GraphQLDirective directive) =>
        SpecifiedDirectives.IsSpecified(directive);
}
