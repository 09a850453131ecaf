using FactorHub.Seeding;
using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Seeding;

/// <summary>Loads the repository's seed-data/ into a fresh migrated database, as the application role.</summary>
public sealed class SeedLoaderTests : DatabaseTest
{
    // The number of factors in seed-data/ (docs/seed-data.md); a new figure changes it on purpose.
    private const int SeedFactorCount = 123;

    private Task<SeedSummary> LoadAsync(string? directory = null) =>
        SeedLoader.LoadAsync(Database.AppConnectionString, directory ?? TestSeeding.SeedDirectory, NullLogger.Instance, CancellationToken.None);

    [Fact]
    public async Task FirstLoadInsertsEveryRowOfEveryFile()
    {
        var summary = await LoadAsync();

        Assert.Equal(
            ["organisations.csv", "categories.csv", "grades.csv", "units.csv", "geographies.csv",
             "factors-demo-synthetic.csv", "factors-electricity-lifecycle.csv", "factors-electricity-mee.csv",
             "factors-electricity-other.csv", "factors-electricity-provincial.csv", "factors-materials.csv", "factors-transport.csv"],
            summary.Files.Select(f => f.File));
        foreach (var file in summary.Files)
        {
            Assert.Equal(DataLines(file.File), file.Rows);
            Assert.Equal((file.Rows, 0, 0), (file.Inserted, file.Updated, file.Unchanged));
        }

        Assert.Equal(SeedFactorCount, summary.FactorCount);
        var connection = Database.OwnerConnectionString;
        foreach (var table in new[] { "organisations", "categories", "grades", "units", "geographies" })
        {
            Assert.Equal(summary.Files.Single(f => f.Table == table).Rows, await SeedDatabase.CountAsync(connection, table));
        }

        Assert.Equal(SeedFactorCount, await SeedDatabase.CountAsync(connection, "factors"));
        Assert.Equal(SeedFactorCount, await SeedDatabase.CountAsync(connection, "factor_versions",
            "version_number = 1 AND status = 'accepted' AND created_by = 'seed' AND grade_level IS NOT NULL"));
    }

    [Fact]
    public async Task SecondLoadChangesNothing()
    {
        var first = await LoadAsync();
        var before = await SeedDatabase.ChecksumsAsync(Database.OwnerConnectionString);

        var second = await LoadAsync();

        Assert.All(second.Files, f => Assert.Equal((0, 0, f.Rows), (f.Inserted, f.Updated, f.Unchanged)));
        Assert.Equal(first.Files.Select(f => f.Rows), second.Files.Select(f => f.Rows));
        Assert.False(second.Snapshot.Published);
        Assert.Equal(before, await SeedDatabase.ChecksumsAsync(Database.OwnerConnectionString));
    }

    [Fact]
    public async Task BadRowIsRejectedWithFileLineAndColumnAndNothingOfTheFileIsWritten()
    {
        using var seed = new SeedDirectoryCopy();
        // The last row is bad; every row before it is valid and would be written by a row-by-row loader.
        var lines = seed.ReadLines("factors-materials.csv");
        var badLine = lines.Length;
        seed.ReplaceLine("factors-materials.csv", badLine, line => line.Replace(",1.91,", ",1.91 t,", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => LoadAsync(seed.Path));

        Assert.Equal("factors-materials.csv", error.File);
        Assert.Equal(badLine, error.Line);
        Assert.Equal("value", error.Column);
        Assert.Equal(
            $"factors-materials.csv, line {badLine}, column 'value': '1.91 t' is not a decimal number " +
            "(write digits with '.' as the decimal point, no exponent or separators)",
            error.Message);
        var codesOfTheFile = string.Join(", ", lines.Skip(1).Select(l => "'" + l[..l.IndexOf(',')] + "'"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "factors", $"code IN ({codesOfTheFile})"));
        Assert.Equal(6, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "factors", "code LIKE 'MAT.%.DEMO.%'"));
        // Files before it were loaded; the file after it was not reached; no snapshot was published.
        Assert.Equal(60, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "factors", "code LIKE 'ELEC.GRID.CN-__.%'"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "factors", "code LIKE 'TRANS.%'"));
        Assert.Equal(0, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "snapshots"));
    }

    [Fact]
    public async Task BadRowLeavesAnAlreadyLoadedTableUnchanged()
    {
        await LoadAsync();
        var before = await SeedDatabase.ChecksumAsync(Database.OwnerConnectionString, "geographies");
        using var seed = new SeedDirectoryCopy();
        // A valid edit early in the file and a bad row later: neither may be written.
        seed.ReplaceLine("geographies.csv", seed.LineOf("geographies.csv", "GLO"), line => line.Replace("全球", "全世界", StringComparison.Ordinal));
        var badLine = seed.LineOf("geographies.csv", "CN-NM-E");
        seed.ReplaceLine("geographies.csv", badLine, line => line.Replace("CN-GRID-NE", "CN-GRID-XX", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => LoadAsync(seed.Path));

        Assert.Equal(
            $"geographies.csv, line {badLine}, column 'grid_region_code': geography 'CN-GRID-XX' is not defined on an earlier line",
            error.Message);
        Assert.Equal(before, await SeedDatabase.ChecksumAsync(Database.OwnerConnectionString, "geographies"));
    }

    [Fact]
    public async Task ChangingAPublishedFigureIsRefusedWithTheCellAndWhatToDo()
    {
        await LoadAsync();
        var before = await SeedDatabase.ChecksumsAsync(Database.OwnerConnectionString);
        using var seed = new SeedDirectoryCopy();
        var line = seed.LineOf("factors-electricity-mee.csv", "ELEC.GRID.CN.CO2.2023");
        seed.ReplaceLine("factors-electricity-mee.csv", line, l => l.Replace(",0.5306,", ",0.5307,", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => LoadAsync(seed.Path));

        Assert.Equal(
            $"factors-electricity-mee.csv, line {line}, column 'value': factor ELEC.GRID.CN.CO2.2023 version 1 is in published snapshot 2026.00, " +
            "and this cell differs from it. Published versions never change: restore the published value here and submit the correction as a new version",
            error.Message);
        Assert.Equal(before, await SeedDatabase.ChecksumsAsync(Database.OwnerConnectionString));
    }

    [Fact]
    public async Task EditingANameOfAPublishedFactorUpdatesOnlyThatRow()
    {
        await LoadAsync();
        using var seed = new SeedDirectoryCopy();
        var line = seed.LineOf("factors-materials.csv", "MAT.AL-PRIMARY.GLO.CO2E.2022");
        seed.ReplaceLine("factors-materials.csv", line, l => l.Replace("Primary aluminium, global average, 2022", "Primary aluminium (global), 2022", StringComparison.Ordinal));

        var summary = await LoadAsync(seed.Path);

        var materials = summary.Files.Single(f => f.File == "factors-materials.csv");
        Assert.Equal((0, 1, materials.Rows - 1), (materials.Inserted, materials.Updated, materials.Unchanged));
        Assert.Equal(0, summary.Files.Where(f => f.File != "factors-materials.csv").Sum(f => f.Inserted + f.Updated));
        Assert.Equal("Primary aluminium (global), 2022", await SeedDatabase.ScalarAsync(Database.OwnerConnectionString,
            "SELECT name_en FROM factors WHERE code = 'MAT.AL-PRIMARY.GLO.CO2E.2022'"));
    }

    [Fact]
    public async Task EveryMainlandProvinceMapsToAGridRegionInnerMongoliaThroughItsTwoParts()
    {
        await LoadAsync();

        var provinces = await SeedDatabase.ListAsync(Database.OwnerConnectionString,
            """
            SELECT p.code, p.grid_region_code,
                   coalesce(array_agg(part.code || '>' || part.grid_region_code ORDER BY part.code)
                            FILTER (WHERE part.code IS NOT NULL), '{}')
            FROM geographies p
            LEFT JOIN geographies part ON part.parent_code = p.code AND part.kind = 'province_part'
            WHERE p.kind = 'province' AND p.parent_code = 'CN'
            GROUP BY p.code, p.grid_region_code
            ORDER BY p.code
            """,
            r => (Code: r.GetString(0), Grid: r.IsDBNull(1) ? null : r.GetString(1), Parts: r.GetFieldValue<string[]>(2)));
        var gridRegions = await SeedDatabase.ListAsync(Database.OwnerConnectionString,
            "SELECT code FROM geographies WHERE kind = 'grid_region' AND parent_code = 'CN' ORDER BY code", r => r.GetString(0));

        Assert.Equal(31, provinces.Count);
        Assert.Equal(["CN-GRID-C", "CN-GRID-E", "CN-GRID-N", "CN-GRID-NE", "CN-GRID-NW", "CN-GRID-S", "CN-GRID-SW"], gridRegions);
        foreach (var province in provinces.Where(p => p.Code != "CN-NM"))
        {
            Assert.Contains(province.Grid, gridRegions);
            Assert.Empty(province.Parts);
        }

        var innerMongolia = provinces.Single(p => p.Code == "CN-NM");
        Assert.Null(innerMongolia.Grid);
        Assert.Equal(["CN-NM-E>CN-GRID-NE", "CN-NM-W>CN-GRID-N"], innerMongolia.Parts);
        // Spot checks against factor-figures.md's membership list, one per region.
        var map = provinces.ToDictionary(p => p.Code, p => p.Grid);
        Assert.Equal(
            ["CN-GRID-N", "CN-GRID-NE", "CN-GRID-E", "CN-GRID-C", "CN-GRID-NW", "CN-GRID-S", "CN-GRID-SW", "CN-GRID-SW"],
            new[] { "CN-SD", "CN-HL", "CN-FJ", "CN-JX", "CN-XJ", "CN-GZ", "CN-CQ", "CN-XZ" }.Select(c => map[c]));
    }

    [Fact]
    public async Task FirstSnapshotIsPublishedWithEveryFactorAndAStableDigest()
    {
        var summary = await LoadAsync();

        var snapshot = (await SeedDatabase.ListAsync(Database.OwnerConnectionString,
            "SELECT id, label, status, factor_count, content_digest, published_at IS NOT NULL FROM snapshots",
            r => (Id: r.GetGuid(0), Label: r.GetString(1), Status: r.GetString(2), Count: r.GetInt32(3), Digest: r.GetString(4), HasPublishedAt: r.GetBoolean(5))))
            .Single();
        Assert.Equal(("2026.00", "published", SeedFactorCount, true), (snapshot.Label, snapshot.Status, snapshot.Count, snapshot.HasPublishedAt));
        Assert.Equal(new InitialSnapshotResult("2026.00", true, SeedFactorCount, snapshot.Digest), summary.Snapshot);
        Assert.Equal(0, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "factors f",
            $"NOT EXISTS (SELECT 1 FROM snapshot_members m JOIN factor_versions v ON v.id = m.factor_version_id " +
            $"WHERE m.snapshot_id = '{snapshot.Id}' AND m.factor_id = f.id AND v.factor_id = f.id AND v.version_number = 1 AND m.state = 'active')"));

        await using (var connection = new NpgsqlConnection(Database.OwnerConnectionString))
        {
            await connection.OpenAsync();
            var (canonical, digest, members) = await SnapshotDigest.ComputeAsync(connection, null, snapshot.Id, CancellationToken.None);
            Assert.Equal(snapshot.Digest, digest);
            Assert.Equal(SeedFactorCount, members);
            Assert.StartsWith("factorhub-snapshot-digest/1\nELEC.GRID-FOSSIL.CN.CO2.2021|1|active|grid_electricity|CN|kWh|FH-CURATION|0.8426|\\N|", canonical, StringComparison.Ordinal);
        }

        // The same seed data gives the same digest in another database, and a second load keeps it.
        await using var other = await TestDatabase.CreateAsync();
        var elsewhere = await SeedLoader.LoadAsync(other.AppConnectionString, TestSeeding.SeedDirectory, NullLogger.Instance, CancellationToken.None);
        Assert.Equal(snapshot.Digest, elsewhere.Snapshot.ContentDigest);
        Assert.Equal(snapshot.Digest, (await LoadAsync()).Snapshot.ContentDigest);
    }

    [Fact]
    public async Task APublishedSnapshotIsNeverRepublishedAndNewFactorsWaitForTheNextOne()
    {
        await LoadAsync();
        using var seed = new SeedDirectoryCopy();
        var lines = seed.ReadLines("factors-materials.csv");
        var aluminium2022 = lines[seed.LineOf("factors-materials.csv", "MAT.AL-PRIMARY.GLO.CO2E.2022") - 1];
        File.AppendAllText(Path.Combine(seed.Path, "factors-materials.csv"),
            aluminium2022.Replace("MAT.AL-PRIMARY.GLO.CO2E.2022,2022", "MAT.AL-PRIMARY.GLO.CO2E.2030,2030", StringComparison.Ordinal) + "\n");

        var summary = await LoadAsync(seed.Path);

        Assert.Equal(SeedFactorCount + 1, summary.FactorCount);
        Assert.Equal(1, summary.Inserted);
        Assert.False(summary.Snapshot.Published);
        Assert.Equal(SeedFactorCount, summary.Snapshot.FactorCount);
        Assert.Equal(SeedFactorCount, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "snapshot_members"));
    }

    [Fact]
    public async Task ConcurrentLoadsPublishOneSnapshotAndAgree()
    {
        // Several replicas starting at once on an empty database.
        var loads = await Task.WhenAll(LoadAsync(), LoadAsync(), LoadAsync());

        Assert.Single(loads, l => l.Snapshot.Published);
        Assert.Single(loads.Select(l => l.Snapshot.ContentDigest).Distinct());
        Assert.Equal(loads[0].Files.Sum(f => f.Rows), loads.Sum(l => l.Inserted));
        Assert.Equal(1, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "snapshots"));
        Assert.Equal(SeedFactorCount, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "factors"));
    }

    [Fact]
    public async Task AnUnknownCsvInTheSeedDirectoryIsAnError()
    {
        using var seed = new SeedDirectoryCopy();
        seed.Write("factor-extra.csv", "code\n");

        var error = await Assert.ThrowsAsync<SeedDataException>(() => LoadAsync(seed.Path));

        Assert.Equal(
            "factor-extra.csv: not a seed file: reference files are organisations.csv, categories.csv, grades.csv, units.csv, geographies.csv, " +
            "factor files are named factors-*.csv",
            error.Message);
        Assert.Equal(0, await SeedDatabase.CountAsync(Database.OwnerConnectionString, "organisations"));
    }

    // Data rows of a seed file: non-blank lines that are not comments, minus the header (no multi-line cells in seed-data/).
    private static int DataLines(string file) =>
        File.ReadLines(Path.Combine(TestSeeding.SeedDirectory, file)).Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) - 1;
}
