using FactorHub.Factors;
using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class SnapshotIndexTests(CatalogueDatabase db)
{
    [Fact]
    public async Task Loads_every_seeded_factor_of_the_first_snapshot_with_its_reference_data()
    {
        var index = await db.Registry.GetAsync(CatalogueDatabase.First, default);

        await using var connection = await db.Database.OpenAppConnectionAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM snapshot_members m JOIN snapshots s ON s.id = m.snapshot_id WHERE s.label = '2026.00'", connection);
        Assert.Equal((long)(await count.ExecuteScalarAsync())!, index.Factors.Count);
        Assert.Equal(CatalogueDatabase.First, index.Snapshot.Label);

        var jiangsu = index.FindByCode("ELEC.GRID.CN-JS.CO2.2021");
        Assert.NotNull(jiangsu);
        Assert.Equal("CN-JS", jiangsu.Geography.Code);
        Assert.Equal("CN-GRID-E", jiangsu.Geography.GridRegionCode);
        Assert.Equal("kWh", jiangsu.Unit.Code);
        Assert.Equal("FH-CURATION", jiangsu.Provider.Code);
        Assert.Equal("ENERGY.ELECTRICITY.GRID", jiangsu.Category.Code);
        Assert.Equal(0.6451m, jiangsu.Version.Value);
        // numeric(28,12) arrives padded; the index keeps the value's own digits.
        Assert.Equal("0.6451", jiangsu.Version.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Same(index.Snapshot, jiangsu.Snapshot);
        Assert.Equal(jiangsu.Version.GradeLevel, jiangsu.Grade?.Level);
        Assert.Equal((short)3, jiangsu.Grade?.Level);
        Assert.Equal("generic", jiangsu.Grade?.Code);
    }

    [Fact]
    public async Task Latest_is_the_newest_published_label_and_a_building_snapshot_is_invisible()
    {
        var latest = await db.Registry.GetAsync(null, default);
        Assert.Equal(CatalogueDatabase.Second, latest.Snapshot.Label);
        Assert.Same(latest, await db.Registry.GetAsync("latest", default));
        Assert.Equal(CatalogueDatabase.First, latest.Snapshot.PreviousLabel);

        var published = await db.Registry.GetPublishedAsync(default);
        Assert.Equal([CatalogueDatabase.First, CatalogueDatabase.Second], published.Select(s => s.Label));

        var error = await Assert.ThrowsAsync<CatalogException>(() => db.Registry.GetAsync(CatalogueDatabase.Building, default));
        Assert.Equal(CatalogErrorCodes.SnapshotNotFound, error.Code);
        Assert.Equal("Snapshot '2026.02' is not published. Published snapshots: 2026.00, 2026.01.", error.Message);
    }

    [Fact]
    public async Task A_malformed_label_is_bad_user_input()
    {
        var error = await Assert.ThrowsAsync<CatalogException>(() => db.Registry.GetAsync("2026-01", default));
        Assert.Equal(CatalogErrorCodes.BadUserInput, error.Code);
        Assert.Contains("expected YYYY.NN", error.Message);
    }

    [Fact]
    public async Task Each_label_is_loaded_once_even_by_concurrent_readers()
    {
        using var services = CatalogueDatabase.BuildServices(db.Database.AppConnectionString);
        var registry = services.GetRequiredService<SnapshotIndexRegistry>();
        var loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => registry.GetAsync(CatalogueDatabase.First, default))));
        Assert.All(loads, l => Assert.Same(loads[0], l));
        Assert.Same(loads[0], await registry.GetAsync(CatalogueDatabase.First, default));
    }

    [Fact]
    public async Task A_snapshot_holds_its_own_version_and_history_excludes_drafts_and_later_versions()
    {
        var first = await db.Registry.GetAsync(CatalogueDatabase.First, default);
        var second = await db.Registry.GetAsync(CatalogueDatabase.Second, default);

        var old = first.FindByCode(CatalogueDatabase.RevisedCode)!;
        var revised = second.FindByCode(CatalogueDatabase.RevisedCode)!;
        Assert.Equal(1, old.Version.VersionNumber);
        Assert.Equal(0.5500m, old.Version.Value);
        Assert.Equal(2, revised.Version.VersionNumber);
        Assert.Equal(CatalogueDatabase.RevisedValue, revised.Version.Value);

        // 2026.00 knows only version 1; 2026.01 knows 2 and 1; the draft (3) is in no published snapshot.
        Assert.Equal([1], first.VersionsOf(old.Id).Select(v => v.VersionNumber));
        Assert.Equal([2, 1], second.VersionsOf(revised.Id).Select(v => v.VersionNumber));
        Assert.DoesNotContain(second.Factors.SelectMany(f => second.VersionsOf(f.Id)), v => v.Value == CatalogueDatabase.DraftValue);
    }

    [Fact]
    public async Task Withdrawn_members_are_kept_but_not_active_and_series_list_the_other_years()
    {
        var second = await db.Registry.GetAsync(CatalogueDatabase.Second, default);
        var withdrawn = second.FindByCode(CatalogueDatabase.WithdrawnCode)!;
        Assert.Equal(SnapshotMemberState.Withdrawn, withdrawn.State);
        Assert.DoesNotContain(withdrawn, second.ActiveFactors);

        var series = second.Series("ELEC.GRID.CN-GRID-E.CO2");
        Assert.Equal([2021, 2022, 2023], series.Select(f => f.ReferenceYear));
    }

    [Fact]
    public async Task Latest_is_cached_for_the_refresh_interval_and_re_read_when_told_to_forget()
    {
        // A database of its own (from the seeded template): this test publishes a snapshot.
        await using var database = await TestDatabase.CreateAsync(TestTemplate.Seeded);
        // An interval long enough that this slow, shared machine cannot outlast it between the two reads.
        await using var services = CatalogueDatabase.BuildServices(database.AppConnectionString,
            o => o.PublishedListRefreshInterval = TimeSpan.FromHours(1));
        var registry = services.GetRequiredService<SnapshotIndexRegistry>();
        Assert.Equal(CatalogueDatabase.First, (await registry.GetAsync(null, default)).Snapshot.Label);

        await using (var owner = await database.OpenOwnerConnectionAsync())
        await using (var publish = new NpgsqlCommand("""
            INSERT INTO snapshots (id, label, status, cutoff_at, created_by) VALUES (gen_random_uuid(), '2026.01', 'building', now(), 'test');
            SELECT create_snapshot_members_partition((SELECT id FROM snapshots WHERE label = '2026.01'));
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id)
              SELECT (SELECT id FROM snapshots WHERE label = '2026.01'), factor_id, factor_version_id
              FROM snapshot_members WHERE snapshot_id = (SELECT id FROM snapshots WHERE label = '2026.00');
            UPDATE snapshots SET status = 'published', published_at = now(), content_digest = repeat('e', 64), factor_count = 1 WHERE label = '2026.01';
            """, owner))
        {
            await publish.ExecuteNonQueryAsync();
        }

        // Within the refresh interval "latest" is not re-read …
        Assert.Equal(CatalogueDatabase.First, (await registry.GetAsync(null, default)).Snapshot.Label);
        // … unless the registry is told that something was published.
        registry.ForgetPublishedList();
        Assert.Equal("2026.01", (await registry.GetAsync(null, default)).Snapshot.Label);
    }
}
