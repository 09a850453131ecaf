using System.Text.Json;
using FactorHub.Database;
using FactorHub.Tests.Infrastructure;
using Npgsql;

namespace FactorHub.Tests.Database;

public sealed class LocalPostgresClusterTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), $"factorhub-cluster-test-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    // One initdb for the whole life cycle: initdb is the slow part.
    [Fact]
    public async Task InitialisesStopsAndReusesTheClusterOnTheNextStart()
    {
        var logs = new CapturingLoggerProvider();
        var options = new LocalClusterOptions { DataDirectory = Path.Combine(_parent, "postgres"), Durable = false };
        var dataDirectory = options.DataDirectory;
        string ownerConnectionString;

        await using (var cluster = new LocalPostgresCluster(options, logs.CreateLogger<LocalPostgresCluster>()))
        {
            await cluster.StartAsync();

            Assert.True(cluster.IsRunning);
            Assert.True(cluster.OwnsServer);
            Assert.InRange(cluster.Port, 1024, 65535);
            ownerConnectionString = cluster.GetConnectionString(ClusterRole.Owner);
            await ExecuteAsync(ownerConnectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
            Assert.Equal("127.0.0.1", await ScalarAsync(ownerConnectionString, "SELECT current_setting('listen_addresses')"));
            Assert.Equal("scram-sha-256", await ScalarAsync(ownerConnectionString, "SELECT current_setting('password_encryption')"));
            Assert.Equal("UTF8", await ScalarAsync(ownerConnectionString, "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"));
            await cluster.StopAsync();

            Assert.False(cluster.IsRunning);
            Assert.False(File.Exists(Path.Combine(dataDirectory, "postmaster.pid")));
            NpgsqlConnection.ClearAllPools();
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(ownerConnectionString, "SELECT 1"));
        }

        var credentialsPath = Path.Combine(dataDirectory, "factorhub-credentials.json");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(credentialsPath));
        var credentialsBefore = await File.ReadAllTextAsync(credentialsPath);

        // A crash leaves postmaster.pid behind; when its PID now belongs to another process (here: this test host),
        // postgres itself would refuse to start.
        await File.WriteAllTextAsync(
            Path.Combine(dataDirectory, "postmaster.pid"),
            $"{Environment.ProcessId}\n{dataDirectory}\n1700000000\n5432\n/tmp\n127.0.0.1\n  1234 5678\nready   \n");

        await using (var cluster = new LocalPostgresCluster(options, logs.CreateLogger<LocalPostgresCluster>()))
        {
            await cluster.StartAsync();

            Assert.Equal("still here", await ScalarAsync(cluster.GetConnectionString(ClusterRole.Owner), "SELECT value FROM kept"));
            Assert.Equal(credentialsBefore, await File.ReadAllTextAsync(credentialsPath));
            Assert.Single(logs.Messages, m => m.StartsWith("Initialising a new PostgreSQL cluster", StringComparison.Ordinal));
            Assert.Contains(logs.Messages, m => m.StartsWith("Removing the stale postmaster.pid", StringComparison.Ordinal));
        }

        // No password reached the log.
        using var json = JsonDocument.Parse(credentialsBefore);
        foreach (var password in json.RootElement.EnumerateObject().Select(p => p.Value.GetString()!))
        {
            Assert.DoesNotContain(logs.Messages, m => m.Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(password, await File.ReadAllTextAsync(Path.Combine(dataDirectory, "server.log")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SecondInstanceAttachesToTheRunningServerAndLeavesItToItsOwner()
    {
        var options = new LocalClusterOptions { DataDirectory = Path.Combine(_parent, "postgres"), Durable = false };
        await using var first = new LocalPostgresCluster(options);
        await first.StartAsync();

        await using (var second = new LocalPostgresCluster(options))
        {
            await second.StartAsync();

            Assert.False(second.OwnsServer);
            Assert.Equal(first.Port, second.Port);
            Assert.Equal("1", await ScalarAsync(second.GetConnectionString(ClusterRole.Application), "SELECT 1::text"));
        }

        // Disposing the second left the server running.
        Assert.Equal("1", await ScalarAsync(first.GetConnectionString(ClusterRole.Application), "SELECT 1::text"));
    }

    [Fact]
    public async Task RolesAreNotSuperusersAndTheOwnerOwnsTheDatabase()
    {
        var server = await PostgresServer.GetAsync();
        var superuser = server.SuperuserConnectionString(server.Cluster.DatabaseName);

        Assert.Equal(
            "factorhub_app:false:false:false|factorhub_owner:false:false:false",
            await ScalarAsync(superuser,
                "SELECT string_agg(rolname || ':' || rolsuper || ':' || rolcreatedb || ':' || rolcreaterole, '|' ORDER BY rolname) " +
                "FROM pg_roles WHERE rolname LIKE 'factorhub%'"));
        Assert.Equal("factorhub_owner", await ScalarAsync(superuser, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        Assert.Equal("btree_gist,pg_trgm", await ScalarAsync(superuser,
            "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension WHERE extname IN ('pg_trgm', 'btree_gist')"));
        // Only password authentication is configured, for every connection type.
        Assert.Equal("scram-sha-256", await ScalarAsync(superuser, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
