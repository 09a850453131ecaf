using FactorHub.Data;
using FactorHub.Factors;
using FactorHub.Seeding;
using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Catalog;

/// <summary>
/// One database for the catalogue tests (they only read): the real seed data with its snapshot 2026.00, plus a second
/// published snapshot 2026.01 in which ELEC.GRID.CN-GRID-E.CO2.2023 has version 2, TRANS.RAIL.FREIGHT.GB.CO2E.2023 is
/// withdrawn and a test-only CO2 wind factor is added; a draft version 3 that no snapshot holds; and a snapshot still
/// building. Services are wired as in the application (AddFactorCatalogue over FactorHubDbContext).
/// </summary>
public sealed class CatalogueDatabase : IAsyncLifetime
{
    public const string First = "2026.00";
    public const string Second = "2026.01";
    public const string Building = "2026.02";
    public const string RevisedCode = "ELEC.GRID.CN-GRID-E.CO2.2023";
    public const decimal RevisedValue = 0.5512m;
    public const decimal DraftValue = 0.9999m;
    public const string WithdrawnCode = "TRANS.RAIL.FREIGHT.GB.CO2E.2023";
    public const string TestWindCode = "TEST.ELEC.CN.WIND.CO2.2023";

    private ServiceProvider? services;
    private FactorHubWebApplicationFactory? factory;

    public TestDatabase Database { get; private set; } = null!;

    public IServiceProvider Services => services ?? throw new InvalidOperationException("Not initialised.");

    public SnapshotIndexRegistry Registry => Services.GetRequiredService<SnapshotIndexRegistry>();

    /// <summary>The application itself, over this database (started on first use, shared by the collection).</summary>
    public FactorHubWebApplicationFactory Factory => factory ??= new FactorHubWebApplicationFactory(Database);

    public HttpClient CreateClient() => Factory.CreateClient();

    public static string SeedDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "FactorHub.sln")))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException("seed-data/ not found above the test output directory.");
        }
    }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(TestTemplate.Migrated);
        await SeedLoader.LoadAsync(Database.OwnerConnectionString, SeedDirectory, NullLogger.Instance, CancellationToken.None);
        await using (var connection = await Database.OpenOwnerConnectionAsync())
        {
            await using var command = new NpgsqlCommand(ExtraData, connection);
            await command.ExecuteNonQueryAsync();
        }
        services = BuildServices(Database.AppConnectionString);
    }

    public static ServiceProvider BuildServices(string connectionString, Action<SnapshotIndexOptions>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDbContext<FactorHubDbContext>(o => o.UseNpgsql(connectionString));
        collection.AddFactorCatalogue();
        if (configure is not null)
        {
            collection.Configure(configure);
        }
        return collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        if (services is not null)
        {
            await services.DisposeAsync();
        }
        await Database.DisposeAsync();
    }

    private static readonly string ExtraData = FormattableString.Invariant($"""
        DO $$
        DECLARE
            demo uuid := (SELECT id FROM organisations WHERE code = 'FH-DEMO');
            revised uuid := (SELECT id FROM factors WHERE code = '{RevisedCode}');
            first_snapshot uuid := (SELECT id FROM snapshots WHERE label = '{First}');
            second_snapshot uuid := '00000000-0000-0000-0000-00000000c101';
            wind uuid := '00000000-0000-0000-0000-00000000c102';
            wind_v1 uuid := '00000000-0000-0000-0000-00000000c103';
            revised_v2 uuid := '00000000-0000-0000-0000-00000000c104';
            revised_v3 uuid := '00000000-0000-0000-0000-00000000c105';
        BEGIN
            -- Wind generation emits no CO2 at the plant: a CO2-coverage source factor, so a specific-supply blend in CO2 exists.
            INSERT INTO factors (id, code, series_code, reference_year, kind, category_code, geography_code, unit_code, provider_id, name_zh, name_en)
            VALUES (wind, '{TestWindCode}', 'TEST.ELEC.CN.WIND.CO2', 2023, 'energy_carrier', 'ENERGY.ELECTRICITY.SOURCE', 'CN', 'kWh', demo,
                    '风电发电直接二氧化碳排放（测试）', 'Wind electricity, direct CO2 (test)');
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary, source_type, source_citation,
                                         grade_level, access_level, electricity_model, electricity_source, created_by, accepted_by, accepted_at)
            VALUES (wind_v1, wind, 1, 'accepted', 0, 'co2', 'direct_combustion', 'synthetic', 'catalogue tests', 3, 'public',
                    'physical_direct', 'wind', 'test', 'test', now());
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary, source_type, source_citation,
                                         grade_level, access_level, electricity_model, electricity_source, created_by, accepted_by, accepted_at)
            SELECT revised_v2, factor_id, 2, 'accepted', {RevisedValue}, gas_coverage, system_boundary, source_type, source_citation || ' (revised)',
                   grade_level, access_level, electricity_model, electricity_source, 'test', 'test', now()
            FROM factor_versions WHERE factor_id = revised AND version_number = 1;
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary, source_type, source_citation,
                                         access_level, electricity_model, electricity_source, created_by)
            SELECT revised_v3, factor_id, 3, 'draft', {DraftValue}, gas_coverage, system_boundary, source_type, 'draft, never published',
                   access_level, electricity_model, electricity_source, 'test'
            FROM factor_versions WHERE factor_id = revised AND version_number = 1;

            INSERT INTO snapshots (id, label, status, cutoff_at, previous_snapshot_id, created_by)
            VALUES (second_snapshot, '{Second}', 'building', now(), first_snapshot, 'test');
            PERFORM create_snapshot_members_partition(second_snapshot);
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id, state)
            SELECT second_snapshot, m.factor_id,
                   CASE WHEN m.factor_id = revised THEN revised_v2 ELSE m.factor_version_id END,
                   CASE WHEN f.code = '{WithdrawnCode}' THEN 'withdrawn' ELSE 'active' END
            FROM snapshot_members m JOIN factors f ON f.id = m.factor_id
            WHERE m.snapshot_id = first_snapshot;
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id) VALUES (second_snapshot, wind, wind_v1);
            UPDATE snapshots SET status = 'published', published_at = now(), content_digest = repeat('c', 64),
                   factor_count = (SELECT count(*) FROM snapshot_members WHERE snapshot_id = second_snapshot)
            WHERE id = second_snapshot;

            INSERT INTO snapshots (id, label, status, cutoff_at, previous_snapshot_id, created_by)
            VALUES ('00000000-0000-0000-0000-00000000c106', '{Building}', 'building', now(), second_snapshot, 'test');
            PERFORM create_snapshot_members_partition('00000000-0000-0000-0000-00000000c106');
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id)
            VALUES ('00000000-0000-0000-0000-00000000c106', revised, revised_v2);
        END;
        $$;
        """);
}

[CollectionDefinition(Name)]
public sealed class CatalogueCollection : ICollectionFixture<CatalogueDatabase>
{
    public const string Name = "catalogue database";
}
