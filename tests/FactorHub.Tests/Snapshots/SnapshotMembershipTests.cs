using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

/// <summary>
/// Snapshot membership is partitioned by snapshot (migrations/0006): the publisher builds each snapshot's members in
/// bulk and attaches them as a partition; what the per-row foreign keys used to guarantee is kept by triggers.
/// </summary>
public sealed class SnapshotMembershipTests : DatabaseTest
{
    private const string Grid = "ELEC.GRID.CN-GRID-E.CO2.2023";
    private const string Other = "ELEC.GRID.CN-GRID-N.CO2.2023";

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task PublicationAttachesOnePartitionHoldingExactlyThatSnapshotsMembers()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var partitionsBefore = await PartitionCountAsync(connection);

        var published = await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        Assert.Equal(partitionsBefore + 1, await PartitionCountAsync(connection));
        var partition = await connection.ScalarAsync<string>("SELECT snapshot_members_partition_name(@id)", ("id", published.Id));
        Assert.Equal($"snapshot_members_{published.Id:N}", partition);
        Assert.Equal((long)published.FactorCount, await connection.ScalarAsync<long>($"SELECT count(*) FROM snapshot_members WHERE snapshot_id = '{published.Id}'"));
        Assert.Equal(published.FactorCount, await connection.ScalarAsync<int>("SELECT factor_count FROM snapshots WHERE label = '2026.01'"));
        // Every member of the new snapshot is in its own partition, none anywhere else.
        Assert.Equal((long)published.FactorCount, await connection.ScalarAsync<long>(
            "SELECT count(*) FROM snapshot_members m JOIN pg_class c ON c.oid = m.tableoid WHERE c.relname = @partition", ("partition", partition)));
    }

    [Fact]
    public async Task AFailedPublicationLeavesNoPartitionBehind()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var partitionsBefore = await PartitionCountAsync(connection);

        await Assert.ThrowsAsync<InvalidOperationException>(() => SnapshotPublisher.PublishAsync(connection, "2026.01", "tester",
            NullLogger.Instance, CancellationToken.None, build: (_, _) => throw new InvalidOperationException("fault after the members (injected)")));

        Assert.Equal(partitionsBefore, await PartitionCountAsync(connection));
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relname LIKE 'snapshot_members_%' AND NOT relispartition AND relkind = 'r'"));
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshots WHERE label = '2026.01'"));
    }

    [Fact]
    public async Task MembershipIsBuiltOnlyForASnapshotThatIsBuilding()
    {
        await using var connection = await Database.OpenAppConnectionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("SELECT build_snapshot_membership((SELECT id FROM snapshots WHERE label = '2026.00'))"));

        Assert.Matches("^snapshot [0-9a-f-]{36} is published, not building: its membership cannot be built$", error.MessageText);
    }

    [Fact]
    public async Task AScheduledSnapshotCannotBeGivenAnEmptyMembershipTableAheadOfItsBuild()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        await SnapshotPublisher.ScheduleAsync(connection, "2026.01", DateTimeOffset.UtcNow, "tester", CancellationToken.None);
        var partitionsBefore = await PartitionCountAsync(connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "SELECT create_snapshot_members_partition((SELECT id FROM snapshots WHERE label = '2026.01'))"));

        Assert.Matches("^snapshot [0-9a-f-]{36} is scheduled, not building: it cannot be given a membership table$", error.MessageText);
        Assert.Equal(partitionsBefore, await PartitionCountAsync(connection));
        var published = await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);
        Assert.True(published.FactorCount > 0);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("other factor")]
    public async Task AMemberWrittenRowByRowMustNameAnAcceptedVersionOfItsOwnFactor(string kind)
    {
        await using var connection = await Database.OpenOwnerConnectionAsync();
        var snapshot = Guid.NewGuid();
        await connection.ExecuteAsync(
            "INSERT INTO snapshots (id, label, status, cutoff_at, created_by) VALUES (@id, '2026.01', 'building', now(), 'tester')", ("id", snapshot));
        await connection.ExecuteAsync("SELECT create_snapshot_members_partition(@id)", ("id", snapshot));
        var factor = await connection.ScalarAsync<Guid>("SELECT id FROM factors WHERE code = @code", ("code", Grid));
        Guid version;
        if (kind == "draft")
        {
            version = Guid.NewGuid();
            await connection.ExecuteAsync("""
                INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary, source_type, source_citation, created_by)
                VALUES (@id, @factor, 99, 'draft', 0.5, 'co2', 'direct_combustion', 'official_statistic', 'test', 'test')
                """, ("id", version), ("factor", factor));
        }
        else
        {
            version = await connection.ScalarAsync<Guid>(
                "SELECT v.id FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = @code", ("code", Other));
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id) VALUES (@snapshot, @factor, @version)",
            ("snapshot", snapshot), ("factor", factor), ("version", version)));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
        Assert.Equal($"snapshot member (factor {factor}, version {version}) does not name an accepted version of that factor", error.MessageText);
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members WHERE snapshot_id = @id", ("id", snapshot)));
    }

    [Fact]
    public async Task AnAcceptedVersionCannotBeDeletedEvenBeforeItIsPublished()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        await SnapshotCases.NewVersionAsync(connection, Grid, "0.6", 2);
        var version = await connection.ScalarAsync<Guid>(
            "SELECT v.id FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = @code ORDER BY v.version_number DESC LIMIT 1",
            ("code", Grid));

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("DELETE FROM factor_versions WHERE id = @id", ("id", version)));

        Assert.Equal($"factor version {version} is accepted: it cannot be deleted and its id, factor and status cannot change", error.MessageText);
        Assert.Equal(1L, await connection.ScalarAsync<long>("SELECT count(*) FROM factor_versions WHERE id = @id", ("id", version)));
    }

    [Fact]
    public async Task TheApplicationRoleCannotDetachOrDropAPartition()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var partition = await connection.ScalarAsync<string>(
            "SELECT snapshot_members_partition_name(id) FROM snapshots WHERE label = '2026.00'");

        var detach = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync($"ALTER TABLE snapshot_members DETACH PARTITION {partition}"));
        var drop = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync($"DROP TABLE {partition}"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, detach.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, drop.SqlState);
        Assert.Equal(await connection.ScalarAsync<long>("SELECT factor_count FROM snapshots WHERE label = '2026.00'"),
            await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id WHERE s.label = '2026.00'"));
    }

    private static Task<long> PartitionCountAsync(NpgsqlConnection connection) =>
        connection.ScalarAsync<long>("SELECT count(*) FROM pg_inherits WHERE inhparent = 'snapshot_members'::regclass");
}
