namespace FactorHub.Tests.Infrastructure;

/// <summary>Builds the <see cref="TestTemplate.Seeded"/> template: runs FactorHub's seed loader once per test run, as the owner.</summary>
internal static class TestSeeding
{
    /// <param name="ownerConnectionString">The migrated copy that becomes the seeded template.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public static Task SeedAsync(string ownerConnectionString, CancellationToken cancellationToken)
    {
        // The seed loader is written in a separate issue; it is called from here once it exists.
        _ = ownerConnectionString;
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException(
            "TestTemplate.Seeded is not available yet: TestSeeding.SeedAsync must call FactorHub's seed loader.");
    }
}
