using FactorHub.Catalog;
using FactorHub.Identity;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

/// <summary>
/// A factor as one published snapshot holds it: its identity, the version the snapshot holds, the
/// reference data it points at, and the snapshot that answers (every catalogue result names it).
/// </summary>
public sealed class PublishedFactor
{
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public required string SeriesCode { get; init; }
    public required int ReferenceYear { get; init; }
    public required FactorKind Kind { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public required IReadOnlyList<string> Synonyms { get; init; }
    public required Category Category { get; init; }
    public required Geography Geography { get; init; }
    public required Unit Unit { get; init; }
    public required Organisation Provider { get; init; }
    public required PublishedVersion Version { get; init; }
    public Grade? Grade { get; init; }
    public required SnapshotMemberState State { get; init; }
    public required SnapshotInfo Snapshot { get; init; }

    public bool IsActive => State == SnapshotMemberState.Active;

    public override string ToString() => $"{Code} v{Version.VersionNumber} in {Snapshot.Label}";
}
