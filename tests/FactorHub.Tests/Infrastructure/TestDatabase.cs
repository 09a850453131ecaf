using Npgsql;

namespace FactorHub.Tests.Infrastructure;

/// <summary>
/// A database of one test's own, copied from a template of the shared test cluster, with connection strings for the
/// application role (what FactorHub uses) and the owner role (what the migrator and seed loader use). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    internal TestDatabase(PostgresServer server, string name, string appConnectionString, string ownerConnectionString)
    {
        _server = server;
        Name = name;
        AppConnectionString = appConnectionString;
        OwnerConnectionString = ownerConnectionString;
    }

    /// <summary>A fresh database from the shared cluster (started on first use).</summary>
    public static async Task<TestDatabase> CreateAsync(TestTemplate template = TestTemplate.Migrated, CancellationToken cancellationToken = default)
    {
        var server = await PostgresServer.GetAsync().ConfigureAwait(false);
        return await server.CreateDatabaseAsync(template, cancellationToken).ConfigureAwait(false);
    }

    public string Name { get; }

    /// <summary>Connects as factorhub_app, the role the service runs as.</summary>
    public string AppConnectionString { get; }

    /// <summary>Connects as factorhub_owner, the role that owns the schema.</summary>
    public string OwnerConnectionString { get; }

    /// <summary>Connects as the cluster's superuser, for inspecting catalogs or setting up what no FactorHub role may.</summary>
    public string SuperuserConnectionString => _server.SuperuserConnectionString(Name);

    public async Task<NpgsqlConnection> OpenAppConnectionAsync() => await OpenAsync(AppConnectionString).ConfigureAwait(false);

    public async Task<NpgsqlConnection> OpenOwnerConnectionAsync() => await OpenAsync(OwnerConnectionString).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(AppConnectionString));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(OwnerConnectionString));
        await _server.DropDatabaseAsync(Name).ConfigureAwait(false);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }
}
