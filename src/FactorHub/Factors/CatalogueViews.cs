using FactorHub.Catalog;
using FactorHub.GraphQL.Relay;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

// GraphQL parents that need more than the entity: the snapshot that answers (for tree navigation and IDs).

/// <summary>A version as seen through <see cref="Factor"/> in the snapshot that answered.</summary>
public sealed record FactorVersionView(PublishedFactor Factor, PublishedVersion Version);

public sealed record CategoryView(Category Category, SnapshotIndex Index);

public sealed record GeographyView(Geography Geography, SnapshotIndex Index);

/// <summary>A page of factors and the snapshot that answered it.</summary>
public sealed record FactorPage(Connection<PublishedFactor> Page, SnapshotInfo Snapshot);
