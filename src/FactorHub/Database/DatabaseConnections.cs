using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FactorHub.Database;

/// <summary>
/// The two connection strings FactorHub uses: <see cref="Application"/> for the service (a role that owns no tables, so
/// the database's protection triggers bind it) and <see cref="Owner"/> for the migrator and the seed loader.
/// </summary>
public sealed record DatabaseConnections(string Application, string Owner)
{
    /// <summary>Configuration key <c>ConnectionStrings:FactorHub</c> (environment: <c>ConnectionStrings__FactorHub</c>).</summary>
    public const string ApplicationName = "FactorHub";

    /// <summary>Configuration key <c>ConnectionStrings:FactorHubOwner</c> (environment: <c>ConnectionStrings__FactorHubOwner</c>).</summary>
    public const string OwnerName = "FactorHubOwner";

    /// <summary>True when no owner connection string was configured and the migrator uses the application's.</summary>
    public bool OwnerIsApplication => string.Equals(Application, Owner, StringComparison.Ordinal);

    /// <summary>
    /// The configured connection strings, or null when <c>ConnectionStrings:FactorHub</c> is not set
    /// (FactorHub then runs its local cluster). Without <c>ConnectionStrings:FactorHubOwner</c> the application's
    /// string is used for migrations too, with a warning.
    /// </summary>
    public static DatabaseConnections? FromConfiguration(IConfiguration configuration, ILogger logger)
    {
        var application = configuration.GetConnectionString(ApplicationName);
        if (string.IsNullOrWhiteSpace(application))
        {
            return null;
        }
        var owner = configuration.GetConnectionString(OwnerName);
        if (string.IsNullOrWhiteSpace(owner))
        {
            logger.LogWarning(
                "ConnectionStrings:{Owner} is not set, so migrations run with ConnectionStrings:{Application}. If that role owns " +
                "the tables, the triggers that protect published and append-only data cannot be enforced against FactorHub.",
                OwnerName, ApplicationName);
            owner = application;
        }
        return new DatabaseConnections(application, owner);
    }

    // Keep passwords out of ToString(), which records print by default.
    public override string ToString() => nameof(DatabaseConnections);
}
