using FactorHub.Snapshots;
using FactorHub.Snapshots.Changes;
using FactorHub.Snapshots.Exports;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

public sealed class SnapshotDiffTests : DatabaseTest
{
    private const string Grid = "ELEC.GRID.CN-GRID-E.CO2.2023";
    private const string Lfp = "MAT.CATHODE-LFP.CN.DEMO.CO2E.2024";
    private const string Foil = "MAT.FOIL-CU.CN.DEMO.CO2E.2024";

    protected override TestTemplate Template => TestTemplate.Seeded;

    private async Task<IReadOnlyList<SnapshotChange>> DiffAsync(NpgsqlConnection connection, string from, string to, DownloadSet set)
    {
        var fromId = await SnapshotDiff.FindPublishedAsync(connection, null, from, "from", CancellationToken.None);
        var toId = await SnapshotDiff.FindPublishedAsync(connection, null, to, "to", CancellationToken.None);
        return await SnapshotDiff.ComputeAsync(connection, null, fromId, toId, l => SnapshotExportReader.Discloses(set, l), CancellationToken.None);
    }

    [Fact]
    public async Task ChangedRegradedAndWithdrawnOnConstructedCases()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var oldGrid = await connection.ScalarAsync<decimal>($"SELECT v.value FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = '{Grid}' AND v.version_number = 1");
        var gridGrade = await connection.ScalarAsync<int>($"SELECT v.grade_level FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = '{Grid}' AND v.version_number = 1");
        var lfpValue = await connection.ScalarAsync<string>($"SELECT v.value::text FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = '{Lfp}' AND v.version_number = 1");
        var lfpGrade = await connection.ScalarAsync<int>($"SELECT v.grade_level FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = '{Lfp}' AND v.version_number = 1");
        await SnapshotCases.NewVersionAsync(connection, Grid, "0.5", gridGrade);           // value only
        await SnapshotCases.NewVersionAsync(connection, Lfp, lfpValue, lfpGrade == 3 ? 2 : 3); // grade only
        await SnapshotCases.WithdrawAsync(connection, Foil);
        await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        var changes = await DiffAsync(connection, "2026.00", "2026.01", DownloadSet.Registered);

        Assert.Equal(
            [(SnapshotChangeKind.Changed, Grid), (SnapshotChangeKind.Withdrawn, Foil), (SnapshotChangeKind.Regraded, Lfp)],
            changes.Select(c => (c.Kind, c.Code)).OrderBy(c => c.Kind).ToArray());
        var changed = changes.Single(c => c.Kind == SnapshotChangeKind.Changed);
        Assert.Equal(oldGrid, changed.OldValue);
        Assert.Equal(0.5m, changed.NewValue);
        Assert.Equal(Math.Round((0.5m - oldGrid) / oldGrid, 10), changed.RelativeChange);
        Assert.Equal((1, 2), (changed.OldVersionNumber, changed.NewVersionNumber));
        var regraded = changes.Single(c => c.Kind == SnapshotChangeKind.Regraded);
        Assert.Equal((lfpGrade, lfpGrade == 3 ? 2 : 3), (regraded.OldGrade!.Value, regraded.NewGrade!.Value));

        // The reverse direction: the withdrawn factor comes back as added, the change flips sign.
        var reverse = await DiffAsync(connection, "2026.01", "2026.00", DownloadSet.Registered);
        Assert.Equal(Foil, reverse.Single(c => c.Kind == SnapshotChangeKind.Added).Code);
        Assert.Equal(oldGrid, reverse.Single(c => c.Kind == SnapshotChangeKind.Changed).NewValue);
    }

    [Fact]
    public async Task AValueAndGradeChangeIsBothChangedAndRegraded()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        await SnapshotCases.NewVersionAsync(connection, Grid, "0.6", 3);
        await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        var changes = await DiffAsync(connection, "2026.00", "2026.01", DownloadSet.Public);

        Assert.Equal([SnapshotChangeKind.Changed, SnapshotChangeKind.Regraded], changes.Select(c => c.Kind).Order().ToArray());
    }

    [Fact]
    public async Task ComputeOnlyValuesAreNeverDisclosedAndRegisteredOnlyToSignedInCallers()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var computeOnly = await connection.ScalarAsync<string>("SELECT f.code FROM factors f JOIN factor_versions v ON v.factor_id = f.id WHERE v.access_level = 'compute_only' ORDER BY f.code LIMIT 1");
        var registered = await connection.ScalarAsync<string>("SELECT f.code FROM factors f JOIN factor_versions v ON v.factor_id = f.id WHERE v.access_level = 'registered' ORDER BY f.code LIMIT 1");
        await SnapshotCases.NewVersionAsync(connection, computeOnly, "123.456", 3);
        await SnapshotCases.NewVersionAsync(connection, registered, "7.25", 3);
        await SnapshotPublisher.PublishAsync(connection, "2026.01", "tester", NullLogger.Instance, CancellationToken.None);

        var forRegistered = await DiffAsync(connection, "2026.00", "2026.01", DownloadSet.Registered);
        var forPublic = await DiffAsync(connection, "2026.00", "2026.01", DownloadSet.Public);

        Assert.All(forRegistered.Concat(forPublic).Where(c => c.Code == computeOnly),
            c => Assert.Equal((null, null, null), (c.OldValue, c.NewValue, c.RelativeChange)));
        Assert.Equal(7.25m, forRegistered.First(c => c.Code == registered && c.Kind == SnapshotChangeKind.Changed).NewValue);
        Assert.Null(forPublic.First(c => c.Code == registered && c.Kind == SnapshotChangeKind.Changed).NewValue);
        using var csv = new MemoryStream();
        await SnapshotDiff.WriteCsvAsync(csv, forRegistered, CancellationToken.None);
        var text = System.Text.Encoding.UTF8.GetString(csv.ToArray());
        Assert.StartsWith("change,code,name_zh,name_en,access_level,old_version,new_version,old_value,new_value,relative_change,old_grade,new_grade\r\n", text);
        Assert.DoesNotContain("123.456", text, StringComparison.Ordinal);
        Assert.Contains(",7.25,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLabelIsNamed()
    {
        await using var connection = await Database.OpenAppConnectionAsync();

        var error = await Assert.ThrowsAsync<SnapshotNotFoundException>(() => DiffAsync(connection, "2026.00", "2030.01", DownloadSet.Public));

        Assert.Equal("to: no published snapshot '2030.01'.", error.Message);
    }
}
