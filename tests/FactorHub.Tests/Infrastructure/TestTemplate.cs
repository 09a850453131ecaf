namespace FactorHub.Tests.Infrastructure;

/// <summary>What a fresh test database starts as.</summary>
public enum TestTemplate
{
    /// <summary>All migrations in migrations/ applied, no data.</summary>
    Migrated,

    /// <summary>Migrated, then loaded with seed-data/ by the seed loader (see <see cref="TestSeeding"/>).</summary>
    Seeded,

    /// <summary>Nothing: an empty database owned by factorhub_owner (for migrator tests).</summary>
    Empty,
}
