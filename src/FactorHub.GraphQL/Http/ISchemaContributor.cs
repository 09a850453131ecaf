using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// Adds a feature's part of the schema: its SDL (typically <c>extend type Query { … }</c>) and resolvers.
/// Register implementations in DI (<see cref="IGraphQLBuilder.AddSchemaContributor{T}"/>); the schema is
/// built once from all of them, in registration order.
/// </summary>
public interface ISchemaContributor
{
    void Contribute(SchemaBuilder builder);
}
