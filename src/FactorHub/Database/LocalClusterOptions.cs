namespace FactorHub.Database;

/// <summary>Settings of a <see cref="LocalPostgresCluster"/>.</summary>
public sealed class LocalClusterOptions
{
    /// <summary>
    /// The cluster's data directory (PGDATA). Its parent holds the socket directory and the start lock,
    /// so give the cluster a parent of its own (FactorHub uses <c>.data/postgres</c> in the checkout).
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>Directory holding initdb, pg_ctl and postgres; by default the highest version under /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>The database created for FactorHub and owned by <see cref="LocalPostgresCluster.OwnerRoleName"/>.</summary>
    public string DatabaseName { get; init; } = "factorhub";

    /// <summary>
    /// False turns off fsync, synchronous commit and full-page writes: a crash can lose the cluster.
    /// Only for throw-away clusters such as the test run's.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>PostgreSQL's max_connections.</summary>
    public int MaxConnections { get; init; } = 100;

    /// <summary>Extensions the bootstrap creates (as superuser) in template1 and in the FactorHub database.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = ["pg_trgm", "btree_gist"];
}
