using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactorHub.Database;

/// <summary>Wires <see cref="FactorHubDatabase"/> into a host.</summary>
public static class DatabaseHostingExtensions
{
    /// <summary>
    /// Resolves the database before the host is built (starting the local cluster when no connection string is configured),
    /// publishes the connection strings as <c>ConnectionStrings:FactorHub</c> / <c>ConnectionStrings:FactorHubOwner</c> so that
    /// everything configured afterwards (EF Core, Quartz) reads one key, and registers <see cref="DatabaseConnections"/>
    /// plus a hosted service that stops the local cluster after every other hosted service has stopped.
    /// Dispose the returned object when the process ends (<c>await using</c>); disposing twice is harmless.
    /// </summary>
    public static async Task<FactorHubDatabase> AddFactorHubDatabaseAsync(
        this IHostApplicationBuilder builder, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        var database = await FactorHubDatabase.OpenAsync(
            builder.Configuration, builder.Environment.ContentRootPath, loggerFactory, cancellationToken).ConfigureAwait(false);
        if (database.LocalCluster is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DatabaseConnections.ApplicationName}"] = database.Connections.Application,
                [$"ConnectionStrings:{DatabaseConnections.OwnerName}"] = database.Connections.Owner,
            });
        }
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(database.Connections);
        builder.Services.AddHostedService(_ => new LocalClusterLifetime(database));
        return database;
    }

    /// <summary>Stops the local cluster in <see cref="IHostedLifecycleService.StoppedAsync"/>, i.e. after all hosted services (Quartz included) stopped.</summary>
    private sealed class LocalClusterLifetime(FactorHubDatabase database) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken)
        {
            database.ReleaseTerminationSignals();
            return Task.CompletedTask;
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StoppedAsync(CancellationToken cancellationToken)
        {
            if (database.LocalCluster is not null && OperatingSystem.IsLinux())
            {
                await database.LocalCluster.StopAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
