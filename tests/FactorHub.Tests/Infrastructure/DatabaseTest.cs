namespace FactorHub.Tests.Infrastructure;

/// <summary>
/// Base for test classes that need a database: each test (xunit creates one instance per test) gets a fresh copy of
/// <see cref="Template"/>, dropped afterwards.
/// </summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    private TestDatabase? _database;

    protected virtual TestTemplate Template => TestTemplate.Migrated;

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("The test database is created in InitializeAsync.");

    public virtual async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(Template);

    public virtual async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
