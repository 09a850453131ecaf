using FactorHub.GraphQL.DataLoader;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactorHub.GraphQL.Http;

/// <summary>Registers the GraphQL endpoint's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine: schema provider (built from <see cref="ISchemaContributor"/>s), the HTTP handler
    /// and a request-scoped <see cref="DataLoaderScheduler"/>. Map the endpoint with
    /// <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.
    /// </summary>
    public static IGraphQLBuilder AddGraphQL(this IServiceCollection services, Action<GraphQLServerOptions>? configure = null)
    {
        services.AddOptions<GraphQLServerOptions>();
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton<GraphQLSchemaProvider>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddScoped<DataLoaderScheduler>();
        return new GraphQLBuilder(services);
    }

    private sealed class GraphQLBuilder(IServiceCollection services) : IGraphQLBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}

/// <summary>Fluent registration of schema contributors and hooks after <c>AddGraphQL()</c>.</summary>
public interface IGraphQLBuilder
{
    IServiceCollection Services { get; }
}

public static class GraphQLBuilderExtensions
{
    /// <summary>Adds a schema contributor (a singleton: the schema is built once).</summary>
    public static IGraphQLBuilder AddSchemaContributor<T>(this IGraphQLBuilder builder) where T : class, ISchemaContributor
    {
        builder.Services.AddSingleton<ISchemaContributor, T>();
        return builder;
    }

    /// <summary>Adds a schema contributor given as a delegate.</summary>
    public static IGraphQLBuilder AddSchemaContributor(this IGraphQLBuilder builder, Action<SchemaBuilder> contribute)
    {
        builder.Services.AddSingleton<ISchemaContributor>(new DelegateContributor(contribute));
        return builder;
    }

    /// <summary>
    /// Sets the field authorizer: scoped by default, as it may use the request's services; a stateless one can be a
    /// singleton, which spares every request a scoped instance.
    /// </summary>
    public static IGraphQLBuilder AddFieldAuthorizer<T>(this IGraphQLBuilder builder, ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where T : class, IFieldAuthorizer
    {
        builder.Services.Replace(ServiceDescriptor.Describe(typeof(IFieldAuthorizer), typeof(T), lifetime));
        return builder;
    }

    /// <summary>Sets the per-caller cost limit provider (scoped by default; see <see cref="AddFieldAuthorizer{T}"/>).</summary>
    public static IGraphQLBuilder AddCostLimitProvider<T>(this IGraphQLBuilder builder, ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where T : class, ICostLimitProvider
    {
        builder.Services.Replace(ServiceDescriptor.Describe(typeof(ICostLimitProvider), typeof(T), lifetime));
        return builder;
    }

    /// <summary>Registers a DataLoader (scoped, so its cache lives for one request).</summary>
    public static IGraphQLBuilder AddDataLoader<T>(this IGraphQLBuilder builder) where T : class
    {
        builder.Services.TryAddScoped<T>();
        return builder;
    }

    /// <summary>Changes options after <c>AddGraphQL()</c>.</summary>
    public static IGraphQLBuilder ConfigureOptions(this IGraphQLBuilder builder, Action<GraphQLServerOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    private sealed class DelegateContributor(Action<SchemaBuilder> contribute) : ISchemaContributor
    {
        public void Contribute(SchemaBuilder builder) => contribute(builder);
    }
}
