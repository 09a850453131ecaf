using System.Diagnostics;
using FactorHub.Database;
using FactorHub.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Benchmarks.Snapshots;

/// <summary>
/// A private local cluster (FactorHub's own, under <c>FACTORHUB_BENCH_DATA</c>, default /tmp/factorhub-bench-snapshots)
/// with the seed data plus <see cref="Factors"/> generated factors, each with one accepted version, published once as
/// snapshot 2026.01 (the one the exports read). Built on first use and reused by later runs.
/// </summary>
public static class BenchmarkDatabase
{
    public const int Factors = 1_000_000;
    public const string Label = "2026.01";

    public static async Task<(FactorHubDatabase Database, Guid SnapshotId)> OpenAsync()
    {
        var directory = Environment.GetEnvironmentVariable("FACTORHUB_BENCH_DATA") ?? "/tmp/factorhub-bench-snapshots";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:LocalCluster:DataDirectory"] = directory,
        }).Build();
        var database = await FactorHubDatabase.OpenAsync(configuration, AppContext.BaseDirectory, NullLoggerFactory.Instance);
        await database.MigrateAsync();
        await using var connection = new NpgsqlConnection(database.Connections.Application);
        await connection.OpenAsync();
        if (await ScalarAsync(connection, $"SELECT id FROM snapshots WHERE label = '{Label}' AND status = 'published'") is Guid id)
        {
            return (database, id);
        }
        var clock = Stopwatch.StartNew();
        if (await ScalarAsync(connection, "SELECT count(*) FROM factors WHERE code LIKE 'BENCH.%'") is long generated && generated == Factors)
        {
            goto publish;
        }
        await SeedLoader.LoadAsync(database.Connections.Application, Path.Combine(AppContext.BaseDirectory, "seed-data"), NullLogger.Instance, CancellationToken.None);
        await using (var owner = new NpgsqlConnection(database.Connections.Owner))
        {
            await owner.OpenAsync();
            await ExecuteAsync(owner,
                $"""
                INSERT INTO factors (id, code, series_code, reference_year, kind, category_code, geography_code, unit_code, provider_id, name_zh, name_en)
                SELECT gen_random_uuid(), 'BENCH.F' || g || '.2024', 'BENCH.F' || g, 2024, t.kind, t.category_code, t.geography_code, t.unit_code,
                       t.provider_id, '基准因子 ' || g, 'Benchmark factor ' || g
                FROM generate_series(1, {Factors}) g CROSS JOIN (SELECT * FROM factors ORDER BY code LIMIT 1) t;
                INSERT INTO factor_versions (id, factor_id, version_number, status, value, co2_fossil, gas_coverage, gwp_set, system_boundary,
                    source_type, source_citation, note, dq_technological, dq_geographical, dq_temporal, dq_precision,
                    access_level, created_by, grade_level, accepted_at, accepted_by)
                SELECT gen_random_uuid(), f.id, 1, 'accepted', (random() * 100)::numeric(28,12), (random() * 90)::numeric(28,12), 'co2e', 'AR6',
                       'cradle_to_gate', 'modelled', 'generated for the snapshot benchmark', 'row ' || f.code, 2, 2, 3, 2,
                       (ARRAY['public','public','public','registered','compute_only'])[1 + (abs(hashtext(f.code)) % 5)],
                       'bench', 2, now() - interval '1 minute', 'bench'
                FROM factors f WHERE f.code LIKE 'BENCH.%';
                ANALYZE factors; ANALYZE factor_versions;
                """);
        }
        publish:
        await using (var publish = new NpgsqlConnection(database.Connections.Application))
        {
            await publish.OpenAsync();
            await FactorHub.Snapshots.SnapshotPublisher.PublishAsync(publish, Label, "bench", NullLogger.Instance, CancellationToken.None);
        }
        Console.WriteLine($"// generated {Factors:N0} factor versions and published {Label} in {clock.Elapsed.TotalSeconds:F0} s");
        return (database, (Guid)(await ScalarAsync(connection, $"SELECT id FROM snapshots WHERE label = '{Label}'"))!);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync();
    }
}
