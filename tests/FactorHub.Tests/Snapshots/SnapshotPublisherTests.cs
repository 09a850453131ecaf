using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

public sealed class SnapshotPublisherTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task PublishesEveryFactorsLatestAcceptedVersionAfterThePreviousSnapshot()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var seeded = await connection.ScalarAsync<string>("SELECT content_digest FROM snapshots WHERE label = '2026.00'");

        var published = await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        Assert.Equal("2026.00", published.PreviousLabel);
        Assert.Equal(await connection.ScalarAsync<long>("SELECT count(*) FROM factors"), published.FactorCount);
        // Same content, same digest: the digest covers content, not the label.
        Assert.Equal(seeded, published.ContentDigest);
        Assert.Equal("published", await connection.ScalarAsync<string>("SELECT status FROM snapshots WHERE label = '2026.01'"));
    }

    [Fact]
    public async Task ANewlyAcceptedVersionIsInTheNextSnapshotAndChangesTheDigest()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary,
                source_type, source_citation, created_by, grade_level, accepted_at, accepted_by)
            SELECT '00000000-0000-0000-0000-0000000000e1', id, 2, 'accepted', 0.5400, 'co2', 'direct_combustion',
                   'official_statistic', 'corrected figure', 'tester', 2, now() - interval '1 second', 'curator'
            FROM factors WHERE code = 'ELEC.GRID.CN-GRID-E.CO2.2023'
            """);

        var published = await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        Assert.NotEqual(await connection.ScalarAsync<string>("SELECT content_digest FROM snapshots WHERE label = '2026.00'"), published.ContentDigest);
        Assert.Equal(Guid.Parse("00000000-0000-0000-0000-0000000000e1"), await connection.ScalarAsync<Guid>("""
            SELECT m.factor_version_id FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
            JOIN factors f ON f.id = m.factor_id WHERE s.label = '2026.01' AND f.code = 'ELEC.GRID.CN-GRID-E.CO2.2023'
            """));
        // The earlier snapshot still holds version 1.
        Assert.Equal(1, await connection.ScalarAsync<int>("""
            SELECT v.version_number FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
            JOIN factor_versions v ON v.id = m.factor_version_id JOIN factors f ON f.id = m.factor_id
            WHERE s.label = '2026.00' AND f.code = 'ELEC.GRID.CN-GRID-E.CO2.2023'
            """));
    }

    [Theory]
    [InlineData("2027-01", "Snapshot label '2027-01' does not follow the scheme YYYY.NN (e.g. 2027.01).")]
    [InlineData("27.1", "Snapshot label '27.1' does not follow the scheme YYYY.NN (e.g. 2027.01).")]
    [InlineData("2026.00", "Snapshot label '2026.00' must sort after the latest published snapshot '2026.00'.")]
    [InlineData("2025.12", "Snapshot label '2025.12' must sort after the latest published snapshot '2026.00'.")]
    public async Task RefusesALabelOutsideTheSchemeOrOutOfOrderAndWritesNothing(string label, string message)
    {
        await using var connection = await Database.OpenAppConnectionAsync();

        var error = await Assert.ThrowsAsync<SnapshotPublicationException>(() =>
            SnapshotPublisher.PublishAsync(connection, label, "tester", NullLogger.Instance, CancellationToken.None));

        Assert.Equal(message, error.Message);
        Assert.Equal(1L, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshots"));
    }
}
