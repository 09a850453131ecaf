namespace FactorHub.GraphQL.Types;

/// <summary>
/// Any GraphQL type (§3 Type System): a named type or a wrapping type
/// (<see cref="GraphQLList"/>, <see cref="GraphQLNonNull"/>).
/// <c>ToString()</c> renders the type reference as in SDL, e.g. <c>[String!]!</c>.
/// </summary>
public interface IGraphQLType
{
}
