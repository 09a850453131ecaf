using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FactorHub.Database;

/// <summary>
/// The database FactorHub runs against: the configured server, or, when <c>ConnectionStrings:FactorHub</c> is not set,
/// a <see cref="LocalPostgresCluster"/> started for this process and stopped when this object is disposed.
/// Used by every command (serve, migrate, seed) before the host is built.
/// </summary>
public sealed class FactorHubDatabase : IAsyncDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly string _migrationsDirectory;
    private readonly List<PosixSignalRegistration> _signalHandlers = [];

    private FactorHubDatabase(DatabaseConnections connections, LocalPostgresCluster? localCluster, string migrationsDirectory, ILoggerFactory loggerFactory)
    {
        Connections = connections;
        LocalCluster = localCluster;
        _migrationsDirectory = migrationsDirectory;
        _loggerFactory = loggerFactory;
    }

    public DatabaseConnections Connections { get; }

    /// <summary>The cluster this process started, or null when a connection string was configured.</summary>
    public LocalPostgresCluster? LocalCluster { get; }

    /// <summary>
    /// Resolves the connection strings from configuration, starting the local cluster when none is configured.
    /// </summary>
    /// <param name="configuration">Reads <c>ConnectionStrings:FactorHub</c>, <c>ConnectionStrings:FactorHubOwner</c> and the <c>Database</c> section.</param>
    /// <param name="contentRoot">Locates the checkout whose <c>.data/postgres</c> holds the local cluster.</param>
    /// <param name="loggerFactory">Must outlive this object: the cluster logs when it stops.</param>
    /// <param name="cancellationToken">Cancelling stops a cluster that was being started.</param>
    public static async Task<FactorHubDatabase> OpenAsync(
        IConfiguration configuration, string contentRoot, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var migrationsDirectory = options.MigrationsDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : SqlMigrator.DefaultMigrationsDirectory;
        var logger = loggerFactory.CreateLogger<FactorHubDatabase>();

        var configuredConnections = DatabaseConnections.FromConfiguration(configuration, logger);
        if (configuredConnections is not null)
        {
            return new FactorHubDatabase(configuredConnections, null, migrationsDirectory, loggerFactory);
        }
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(
                $"FactorHub runs its own PostgreSQL cluster only on Linux; set ConnectionStrings:{DatabaseConnections.ApplicationName}.");
        }

        var dataDirectory = options.LocalCluster.DataDirectory is { Length: > 0 } dir
            ? Path.GetFullPath(dir, contentRoot)
            : await LocalClusterLocation.ResolveDataDirectoryAsync(contentRoot, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "ConnectionStrings:{Name} is not set: using FactorHub's local PostgreSQL cluster in {DataDirectory}",
            DatabaseConnections.ApplicationName, dataDirectory);
        var cluster = new LocalPostgresCluster(
            new LocalClusterOptions { DataDirectory = dataDirectory, BinDirectory = options.LocalCluster.BinDirectory },
            loggerFactory.CreateLogger<LocalPostgresCluster>());
        try
        {
            await cluster.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        var connections = new DatabaseConnections(
            cluster.GetConnectionString(ClusterRole.Application),
            cluster.GetConnectionString(ClusterRole.Owner));
        var database = new FactorHubDatabase(connections, cluster, migrationsDirectory, loggerFactory);
        database.StopClusterOnTerminationSignals();
        return database;
    }

    /// <summary>
    /// Until a host takes over signal handling (see <see cref="ReleaseTerminationSignals"/>), Ctrl+C or SIGTERM — which end a
    /// .NET process without raising ProcessExit — would leave the cluster running: stop it first, then let the signal
    /// end the process as usual.
    /// </summary>
    [SupportedOSPlatform("linux")]
    private void StopClusterOnTerminationSignals()
    {
        if (LocalCluster is null)
        {
            return;
        }
        var cluster = LocalCluster;
        void Stop(PosixSignalContext context)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            cluster.StopAsync(timeout.Token).GetAwaiter().GetResult();
        }
        _signalHandlers.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop));
        _signalHandlers.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop));
    }

    /// <summary>Called when a host starts: from then on its lifetime handles signals and stops the cluster after a graceful shutdown.</summary>
    internal void ReleaseTerminationSignals()
    {
        foreach (var handler in _signalHandlers)
        {
            handler.Dispose();
        }
        _signalHandlers.Clear();
    }

    /// <summary>A migrator for this database, connected as the owner.</summary>
    public SqlMigrator CreateMigrator() =>
        new(Connections.Owner, _migrationsDirectory, _loggerFactory.CreateLogger<SqlMigrator>());

    /// <summary>Applies pending migrations as the owner; returns what was applied.</summary>
    public Task<IReadOnlyList<AppliedMigration>> MigrateAsync(CancellationToken cancellationToken = default) =>
        CreateMigrator().MigrateAsync(cancellationToken);

    /// <summary>Stops the local cluster, if this process started one.</summary>
    public async ValueTask DisposeAsync()
    {
        ReleaseTerminationSignals();
        if (LocalCluster is not null && OperatingSystem.IsLinux())
        {
            await LocalCluster.DisposeAsync().ConfigureAwait(false);
        }
    }
}
