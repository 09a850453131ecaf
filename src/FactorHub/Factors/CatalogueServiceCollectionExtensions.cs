using FactorHub.GraphQL.Http;
using FactorHub.Snapshots;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactorHub.Factors;

public static class CatalogueServiceCollectionExtensions
{
    /// <summary>The catalogue's services and its part of the GraphQL schema (call after <c>AddFactorHubGraphQL</c>).</summary>
    public static IHostApplicationBuilder AddFactorCatalogue(this IHostApplicationBuilder builder)
    {
        builder.Services.AddFactorCatalogue(builder.Configuration);
        builder.Services.AddGraphQL().AddSchemaContributor<CatalogueSchemaContributor>();
        return builder;
    }

    /// <summary>
    /// The factor catalogue: snapshot indexes (one per published label, kept for the process's life), value access,
    /// resolution and electricity models. Needs <c>FactorHubDbContext</c> registered.
    /// </summary>
    public static IServiceCollection AddFactorCatalogue(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<SnapshotIndexOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection("Catalogue"));
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotIndexRegistry>();
        services.AddSingleton<FactorValueAccess>();
        services.AddSingleton<FactorResolver>();
        services.AddSingleton<ElectricityFactorCalculator>();
        return services;
    }
}
