using FactorHub.GraphQL.Http;
using FactorHub.Snapshots.Downloads;
using FactorHub.Snapshots.Scheduling;
using FactorHub.Snapshots.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactorHub.Snapshots;

public static class SnapshotsHostingExtensions
{
    /// <summary>
    /// Snapshots: publication, download files and signing key, the GraphQL fields, webhooks, and (unless
    /// <c>Snapshots:SchedulerEnabled</c> is false; off by default in the Testing environment) the Quartz schedule.
    /// Call after <c>AddFactorHubData</c> and <c>AddFactorHubGraphQL</c>.
    /// </summary>
    public static WebApplicationBuilder AddFactorHubSnapshots(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SnapshotOptions>().Bind(builder.Configuration.GetSection(SnapshotOptions.Section));
        builder.Services.AddSingleton<SnapshotSigningKey>();
        builder.Services.AddSingleton<SnapshotArtifactStore>();
        builder.Services.AddSingleton<SnapshotPublication>();
        builder.Services.TryAddSingleton<ISnapshotAccessPolicy, SnapshotAccessPolicy>();
        builder.Services.AddGraphQL().AddSchemaContributor<SnapshotsSchemaContributor>();
        builder.Services.AddTransient<Scheduling.SnapshotPublicationJob>();
        builder.AddSnapshotWebhooks();
        builder.AddSnapshotSchedule();
        return builder;
    }

    public static IEndpointRouteBuilder MapFactorHubSnapshots(this IEndpointRouteBuilder endpoints) => endpoints.MapSnapshotDownloads();
}
