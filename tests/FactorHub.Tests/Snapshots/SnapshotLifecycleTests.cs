using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

public sealed class SnapshotLifecycleTests : DatabaseTest
{
    private const string Grid = "ELEC.GRID.CN-GRID-E.CO2.2023";

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task AFaultMidBuildLeavesNoSnapshotNoMembersAndNoFiles()
    {
        await using var kit = SnapshotTestKit.Create(Database);
        await using var connection = await Database.OpenAppConnectionAsync();
        var membersBefore = await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members");

        var error = await Assert.ThrowsAsync<IOException>(() => kit.Publication.PublishAsync("2026.01", "tester", CancellationToken.None,
            afterStaging: async _ =>
            {
                // Mid-build: the members are written and the files staged, but nothing is committed yet.
                Assert.NotEmpty(kit.ArtifactEntries());
                await Task.Yield();
                throw new IOException("disk full (injected)");
            }));

        Assert.Equal("disk full (injected)", error.Message);
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshots WHERE label = '2026.01'"));
        Assert.Equal(membersBefore, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members"));
        Assert.Empty(kit.ArtifactEntries());
    }

    [Fact]
    public async Task ACancellationMidBuildLeavesAScheduledSnapshotFailedWithNoMembersAndNoFiles()
    {
        await using var kit = SnapshotTestKit.Create(Database);
        await using var connection = await Database.OpenAppConnectionAsync();
        await SnapshotPublisher.ScheduleAsync(connection, "2026.01", DateTimeOffset.UtcNow, "tester", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => kit.Publication.PublishAsync("2026.01", "tester", cancellation.Token,
            afterStaging: token =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                return Task.CompletedTask;
            }));

        Assert.Equal("failed", await connection.ScalarAsync<string>("SELECT status FROM snapshots WHERE label = '2026.01'"));
        Assert.Equal(0L, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id WHERE s.label = '2026.01'"));
        Assert.Empty(kit.ArtifactEntries());
    }

    [Fact]
    public async Task AScheduledSnapshotIsBuiltAtItsCutoffAndThenPublishedWithItsFiles()
    {
        await using var kit = SnapshotTestKit.Create(Database);
        await using var connection = await Database.OpenAppConnectionAsync();
        var cutoff = DateTimeOffset.UtcNow.AddSeconds(-30);
        await SnapshotPublisher.ScheduleAsync(connection, "2026.01", cutoff, "schedule", CancellationToken.None);
        Assert.Equal("scheduled", await connection.ScalarAsync<string>("SELECT status FROM snapshots WHERE label = '2026.01'"));
        // Accepted after the cut-off: not in the snapshot.
        await SnapshotCases.NewVersionAsync(connection, Grid, "0.6", 2);

        await kit.Publication.PublishAsync("2026.01", "schedule", CancellationToken.None);

        Assert.Equal("published", await connection.ScalarAsync<string>("SELECT status FROM snapshots WHERE label = '2026.01'"));
        Assert.Equal(1, await connection.ScalarAsync<int>($"""
            SELECT v.version_number FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id
            JOIN factor_versions v ON v.id = m.factor_version_id JOIN factors f ON f.id = m.factor_id
            WHERE s.label = '2026.01' AND f.code = '{Grid}'
            """));
        Assert.True(File.Exists(Path.Combine(kit.Artifacts.Root, "2026.01", "public", "manifest.sig")));
        // The streamed workbook opens with the OpenXml SDK: a header row plus one row per factor.
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(
            Path.Combine(kit.Artifacts.Root, "2026.01", "registered", "factors.xlsx"), false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            Assert.Equal(await connection.ScalarAsync<long>("SELECT count(*) FROM factors") + 1, rows.Count);
            Assert.Equal("code", rows[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText);
        }
        Assert.DoesNotContain(kit.ArtifactEntries(), p => p.Contains(".staging-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheStreamedDigestEqualsTheDigestOfTheCanonicalText()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var id = await connection.ScalarAsync<Guid>("SELECT id FROM snapshots WHERE label = '2026.00'");

        var (canonical, digest, members) = await SnapshotDigest.ComputeAsync(connection, null, id, CancellationToken.None);
        var streamed = await SnapshotDigest.ComputeDigestAsync(connection, null, id, CancellationToken.None);

        Assert.Equal((digest, members), streamed);
        Assert.Equal(SnapshotDigest.Hash(canonical), streamed.Digest);
        Assert.Equal(await connection.ScalarAsync<string>("SELECT content_digest FROM snapshots WHERE label = '2026.00'"), streamed.Digest);
    }

    [Fact]
    public async Task AWithdrawnFactorIsRecordedAsWithdrawn()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        await SnapshotCases.WithdrawAsync(connection, Grid);

        await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        Assert.Equal("withdrawn", await connection.ScalarAsync<string>($"""
            SELECT m.state FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id JOIN factors f ON f.id = m.factor_id
            WHERE s.label = '2026.01' AND f.code = '{Grid}'
            """));
        Assert.Equal("active", await connection.ScalarAsync<string>($"""
            SELECT m.state FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id JOIN factors f ON f.id = m.factor_id
            WHERE s.label = '2026.00' AND f.code = '{Grid}'
            """));
    }

    [Theory]
    [InlineData("UPDATE snapshots SET description_en = 'edited' WHERE label = '2026.00'", "snapshot 2026.00 is published and cannot be updated")]
    [InlineData("DELETE FROM snapshot_members WHERE snapshot_id = (SELECT id FROM snapshots WHERE label = '2026.00')", "snapshot 2026.00 is published: its membership cannot change")]
    [InlineData("UPDATE factor_versions SET value = value + 1 WHERE id IN (SELECT factor_version_id FROM snapshot_members)", "is in published snapshot 2026.00 and cannot be updated")]
    public async Task PublishedContentCannotChangeThroughRawSql(string sql, string message)
    {
        await using var connection = await Database.OpenAppConnectionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql));

        Assert.Contains(message, error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepublishingATakenLabelIsRefusedAndChangesNothing()
    {
        await using var kit = SnapshotTestKit.Create(Database);
        await using var connection = await Database.OpenAppConnectionAsync();
        var digest = await connection.ScalarAsync<string>("SELECT content_digest FROM snapshots WHERE label = '2026.00'");

        var error = await Assert.ThrowsAsync<SnapshotPublicationException>(() =>
            kit.Publication.PublishAsync("2026.00", "tester", CancellationToken.None));

        Assert.Equal("Snapshot label '2026.00' must sort after the latest published snapshot '2026.00'.", error.Message);
        Assert.Equal(digest, await connection.ScalarAsync<string>("SELECT content_digest FROM snapshots WHERE label = '2026.00'"));
        Assert.Empty(kit.ArtifactEntries());
    }
}
