namespace FactorHub.Database;

/// <summary>A row of <c>schema_migrations</c>: a migration applied to the database.</summary>
public sealed record AppliedMigration(int Version, string Name, string Checksum, DateTimeOffset AppliedAt, long ExecutionMilliseconds)
{
    public string FileName => $"{Version:D4}_{Name}.sql";
}
