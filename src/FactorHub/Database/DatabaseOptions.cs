namespace FactorHub.Database;

/// <summary>The <c>Database</c> configuration section. Connection strings live under <c>ConnectionStrings</c>, see <see cref="DatabaseConnections"/>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Where the migration files are; default: <c>migrations/</c> next to the binaries.</summary>
    public string? MigrationsDirectory { get; set; }

    /// <summary>The private cluster FactorHub starts when no connection string is configured.</summary>
    public LocalClusterSettings LocalCluster { get; set; } = new();
}

/// <summary>The <c>Database:LocalCluster</c> configuration section.</summary>
public sealed class LocalClusterSettings
{
    /// <summary>The data directory; default: <c>.data/postgres</c> in the checkout, see <see cref="LocalClusterLocation"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>initdb/pg_ctl directory; default: the highest version under /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; set; }
}
