using FactorHub.Seeding;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactorHub.Tests.Infrastructure;

/// <summary>Builds the <see cref="TestTemplate.Seeded"/> template: runs FactorHub's seed loader once per test run, as the owner.</summary>
internal static class TestSeeding
{
    /// <summary>seed-data/ as copied next to the test binaries by FactorHub.csproj.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <param name="ownerConnectionString">The migrated copy that becomes the seeded template.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public static Task SeedAsync(string ownerConnectionString, CancellationToken cancellationToken) =>
        SeedLoader.LoadAsync(ownerConnectionString, SeedDirectory, NullLogger.Instance, cancellationToken);
}
