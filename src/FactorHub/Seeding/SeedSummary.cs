namespace FactorHub.Seeding;

/// <summary>What one seed file did: rows read, and how many were inserted, updated or already equal.</summary>
public sealed record SeedFileResult(string File, string Table, int Rows, int Inserted, int Updated, int Unchanged);

/// <summary>What a seed load did, file by file, and the first snapshot it published (if it did).</summary>
public sealed record SeedSummary(IReadOnlyList<SeedFileResult> Files, int FactorCount, Snapshots.InitialSnapshotResult Snapshot)
{
    public int Inserted => Files.Sum(f => f.Inserted);

    public int Updated => Files.Sum(f => f.Updated);

    public int Unchanged => Files.Sum(f => f.Unchanged);
}
