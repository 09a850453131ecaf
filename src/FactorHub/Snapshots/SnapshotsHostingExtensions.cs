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

    /// <summary>
    /// Webhooks: the GraphQL fields, the publication observer that enqueues deliveries and (unless
    /// <c>Snapshots:Webhooks:DispatcherEnabled</c> is false; off by default in the Testing environment) the background
    /// dispatcher that delivers them.
    /// </summary>
    private static void AddSnapshotWebhooks(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WebhookOptions.Section);
        var options = section.Get<WebhookOptions>() ?? new WebhookOptions();
        builder.Services.AddOptions<WebhookOptions>().Bind(section);
        // Redirects are not followed: a POST must reach the registered URL itself (a 3xx counts as a failed attempt).
        // Pooled connections are renewed so a receiver's DNS change is seen. The dispatcher applies its own timeout.
        builder.Services.AddSingleton(services => new WebhookDispatcher(services.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            },
            services.GetRequiredService<IOptions<WebhookOptions>>().Value, services.GetRequiredService<ILogger<WebhookDispatcher>>()));
        builder.Services.AddSingleton<ISnapshotPublishedObserver>(services => services.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddGraphQL().AddSchemaContributor<WebhooksSchemaContributor>();
        if (options.DispatcherEnabled ?? !builder.Environment.IsEnvironment("Testing"))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<WebhookDispatcher>());
        }
    }

    public static IEndpointRouteBuilder MapFactorHubSnapshots(this IEndpointRouteBuilder endpoints) => endpoints.MapSnapshotDownloads();
}
