using FactorHub.GraphQL.Http;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FactorHub.Snapshots.Webhooks;

public static class WebhooksHostingExtensions
{
    /// <summary>
    /// Webhooks: the GraphQL fields, the publication participant that queues deliveries inside the publication's
    /// transaction, the address policy (<c>Snapshots:Webhooks:AllowPrivateNetworks</c>) and (unless
    /// <c>Snapshots:Webhooks:DispatcherEnabled</c> is false; off by default in the Testing environment) the background
    /// dispatcher that delivers them. Called by <c>AddFactorHubSnapshots</c>.
    /// </summary>
    public static WebApplicationBuilder AddSnapshotWebhooks(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WebhookOptions.Section);
        var options = section.Get<WebhookOptions>() ?? new WebhookOptions();
        builder.Services.AddOptions<WebhookOptions>().Bind(section);
        builder.Services.AddSingleton(services =>
            new WebhookAddressPolicy(services.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateNetworks));
        builder.Services.AddSingleton<ISnapshotPublicationParticipant, WebhookEnqueuer>();
        builder.Services.AddSingleton(services => new WebhookDispatcher(services.GetRequiredService<NpgsqlDataSource>(),
            WebhookHttpClient.Create(services.GetRequiredService<WebhookAddressPolicy>()),
            services.GetRequiredService<IOptions<WebhookOptions>>().Value, services.GetRequiredService<ILogger<WebhookDispatcher>>()));
        builder.Services.AddSingleton<ISnapshotPublishedObserver>(services => services.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddGraphQL().AddSchemaContributor<WebhooksSchemaContributor>();
        if (options.DispatcherEnabled ?? !builder.Environment.IsEnvironment("Testing"))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<WebhookDispatcher>());
        }
        return builder;
    }
}
