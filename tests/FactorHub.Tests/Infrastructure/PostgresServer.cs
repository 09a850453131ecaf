using System.Collections.Concurrent;
using System.Diagnostics;
using FactorHub.Database;
using Npgsql;

namespace FactorHub.Tests.Infrastructure;

/// <summary>
/// The test run's private PostgreSQL cluster: initialised and started once per test process (in a temporary folder,
/// stopped and deleted when the process exits), with template databases built once — migrated, and migrated plus
/// seeded — from which every test copies a database of its own (<see cref="TestDatabase"/>).
/// </summary>
public sealed class PostgresServer
{
    public const string MigratedTemplateName = "factorhub_template";
    public const string SeededTemplateName = "factorhub_seeded_template";

    private const string RunFolderPrefix = "factorhub-tests-";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int s_databaseCounter;

    private readonly ConcurrentDictionary<TestTemplate, Lazy<Task<string?>>> _templates = new();

    private PostgresServer(LocalPostgresCluster cluster, string runDirectory)
    {
        Cluster = cluster;
        RunDirectory = runDirectory;
    }

    /// <summary>The shared cluster; started by the first caller.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public LocalPostgresCluster Cluster { get; }

    /// <summary>The temporary folder holding the cluster; deleted at process exit.</summary>
    public string RunDirectory { get; }

    /// <summary>A superuser connection string (unpooled), by default to the maintenance database <c>postgres</c>.</summary>
    public string SuperuserConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder(Cluster.GetConnectionString(ClusterRole.Superuser, database)) { Pooling = false }.ConnectionString;

    /// <summary>Creates a database of its own for one test, copied from the template; dispose it to drop it.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync(TestTemplate template = TestTemplate.Migrated, CancellationToken cancellationToken = default)
    {
        var templateName = await _templates.GetOrAdd(template, t => new Lazy<Task<string?>>(() => BuildTemplateAsync(t)))
            .Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var name = $"test_{Interlocked.Increment(ref s_databaseCounter)}";
        await CreateDatabaseCoreAsync(name, templateName, cancellationToken).ConfigureAwait(false);
        return new TestDatabase(
            this,
            name,
            Cluster.GetConnectionString(ClusterRole.Application, name),
            Cluster.GetConnectionString(ClusterRole.Owner, name));
    }

    internal async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(SuperuserConnectionString());
        await connection.OpenAsync().ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task CreateDatabaseCoreAsync(string name, string? template, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(SuperuserConnectionString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var from = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using var create = new NpgsqlCommand(
            $"CREATE DATABASE \"{name}\"{from} OWNER {LocalPostgresCluster.OwnerRoleName}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> BuildTemplateAsync(TestTemplate template)
    {
        switch (template)
        {
            case TestTemplate.Empty:
                return null;
            case TestTemplate.Migrated:
                await CreateDatabaseCoreAsync(MigratedTemplateName, null, CancellationToken.None).ConfigureAwait(false);
                await new SqlMigrator(Cluster.GetConnectionString(ClusterRole.Owner, MigratedTemplateName)).MigrateAsync().ConfigureAwait(false);
                await SealTemplateAsync(MigratedTemplateName).ConfigureAwait(false);
                return MigratedTemplateName;
            case TestTemplate.Seeded:
                var migrated = await _templates.GetOrAdd(TestTemplate.Migrated, t => new Lazy<Task<string?>>(() => BuildTemplateAsync(t))).Value
                    .ConfigureAwait(false);
                await CreateDatabaseCoreAsync(SeededTemplateName, migrated, CancellationToken.None).ConfigureAwait(false);
                await TestSeeding.SeedAsync(Cluster.GetConnectionString(ClusterRole.Owner, SeededTemplateName), CancellationToken.None)
                    .ConfigureAwait(false);
                await SealTemplateAsync(SeededTemplateName).ConfigureAwait(false);
                return SeededTemplateName;
            default:
                throw new ArgumentOutOfRangeException(nameof(template), template, null);
        }
    }

    // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: close pooled connections and forbid new ones.
    private async Task SealTemplateAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Cluster.GetConnectionString(ClusterRole.Owner, name)));
        await using var connection = new NpgsqlConnection(SuperuserConnectionString());
        await connection.OpenAsync().ConfigureAwait(false);
        await using var seal = new NpgsqlCommand(
            $"""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid();
            ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false;
            """,
            connection);
        await seal.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        RemoveAbandonedRuns();
        var runDirectory = Path.Combine(Path.GetTempPath(), $"{RunFolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..(RunFolderPrefix.Length + 20)]);
        Directory.CreateDirectory(runDirectory);
        var cluster = new LocalPostgresCluster(new LocalClusterOptions
        {
            DataDirectory = Path.Combine(runDirectory, "postgres"),
            Durable = false,
            MaxConnections = 300,
        });
        await cluster.StartAsync().ConfigureAwait(false);
        StartWatchdog(runDirectory, cluster.DataDirectory);
        return new PostgresServer(cluster, runDirectory);
    }

    // The test host may be killed right after the last test, before exit handlers finish; a detached shell that
    // outlives it stops the cluster and deletes the folder once this process is gone, however it ended.
    private static void StartWatchdog(string runDirectory, string dataDirectory)
    {
        var pgCtl = Path.Combine(PostgresBinaries.Locate(null), "pg_ctl");
        var asServerUser = Environment.IsPrivilegedProcess ? $"runuser -u {ClusterProcess.ServerOsUser} -- " : "";
        var script =
            "exec </dev/null >/dev/null 2>&1\n" +
            $"while kill -0 {Environment.ProcessId}; do sleep 0.2; done\n" +
            $"{asServerUser}'{pgCtl}' stop --pgdata '{dataDirectory}' --mode immediate --wait\n" +
            $"rm -rf '{runDirectory}'\n";
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            // Redirected, so the watchdog does not hold the test host's own output open.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--fork", "sh", "-c", script })
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the test cluster's watchdog.");
        process.WaitForExit();
    }

    // A test process that was killed leaves its cluster running and its folder behind; the next run cleans up.
    private static void RemoveAbandonedRuns()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), RunFolderPrefix + "*"))
        {
            var rest = Path.GetFileName(directory)[RunFolderPrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], out var pid) || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }
            var dataDirectory = Path.Combine(directory, "postgres");
            if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
            {
                var binDirectory = PostgresBinaries.Locate(null);
                new ClusterProcess(binDirectory, Environment.IsPrivilegedProcess)
                    .RunToolAsync("pg_ctl", ["stop", "--pgdata", dataDirectory, "--mode", "immediate", "--wait", "--silent"], directory, CancellationToken.None)
                    .GetAwaiter().GetResult();
            }
            TryDeleteDirectory(directory);
        }
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next run removes what is left.
        }
    }
}
