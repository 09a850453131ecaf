using FactorHub.GraphQL.Http;

namespace FactorHub.GraphQL;

/// <summary>
/// Mounts the FactorHub schema on the engine: each feature registers its own
/// <see cref="ISchemaContributor"/> (its <c>extend type Query { … }</c> and resolvers) with
/// <c>services.AddGraphQL().AddSchemaContributor&lt;T&gt;()</c> or through the builder returned here.
/// </summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the engine with FactorHub's options and the service's own root contribution.</summary>
    public static IGraphQLBuilder AddFactorHubGraphQL(this IHostApplicationBuilder host)
    {
        var configuration = host.Configuration;
        var environment = host.Environment;
        var builder = host.Services.AddGraphQL(options =>
        {
            configuration.GetSection("GraphQL").Bind(options);
            // Exception messages may carry internals (SQL, connection details): only developers see them.
            options.ExposeExceptionDetails = environment.IsDevelopment();
            options.EnableGraphiQL = configuration.GetValue("GraphQL:EnableGraphiQL", environment.IsDevelopment());
        });
        return builder.AddSchemaContributor<ServerSchemaContributor>();
    }

    /// <summary>Serves the schema at <c>/graphql</c>.</summary>
    public static IEndpointConventionBuilder MapFactorHubGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGraphQL("/graphql");
}
