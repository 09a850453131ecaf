using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>Type relations used by validation (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>True when both types are the same named type under the same list / non-null wrappers.</summary>
    public static bool IsEqualType(IGraphQLType typeA, IGraphQLType typeB)
    {
        while (true)
        {
            if (ReferenceEquals(typeA, typeB))
            {
                return true;
            }

            switch (typeA)
            {
                case GraphQLNonNull nonNullA when typeB is GraphQLNonNull nonNullB:
                    typeA = nonNullA.OfType;
                    typeB = nonNullB.OfType;
                    continue;
                case GraphQLList listA when typeB is GraphQLList listB:
                    typeA = listA.OfType;
                    typeB = listB.OfType;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> is always a valid value of
    /// <paramref name="superType"/>: same type, a non-null of a subtype, a list of subtypes, or an
    /// object/interface type implementing (or a member of) an abstract super type.
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            // If superType is non-null, maybeSubType must also be non-null.
            if (superType is GraphQLNonNull superNonNull)
            {
                if (maybeSubType is GraphQLNonNull subNonNull)
                {
                    maybeSubType = subNonNull.OfType;
                    superType = superNonNull.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is GraphQLNonNull nonNull)
            {
                // A non-null type is a subtype of its nullable counterpart.
                maybeSubType = nonNull.OfType;
                continue;
            }

            // If superType is a list, maybeSubType must also be a list.
            if (superType is GraphQLList superList)
            {
                if (maybeSubType is GraphQLList subList)
                {
                    maybeSubType = subList.OfType;
                    superType = superList.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is GraphQLList)
            {
                return false;
            }

            return superType.IsAbstractType()
                && maybeSubType is GraphQLObjectType or GraphQLInterfaceType
                && schema.IsSubType((GraphQLNamedType)superType, (GraphQLNamedType)maybeSubType);
        }
    }

    /// <summary>
    /// True when some object type could be of both composite types (graphql-js <c>doTypesOverlap</c>);
    /// used to decide whether a fragment can ever apply in a given parent type.
    /// </summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                // Some possible type of A must also be a possible type of B.
                foreach (var type in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            // Is the object type B a possible type of A?
            return schema.IsSubType(typeA, typeB);
        }

        if (typeB.IsAbstractType())
        {
            return schema.IsSubType(typeB, typeA);
        }

        // Two distinct object types never overlap.
        return false;
    }
}
