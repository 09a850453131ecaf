using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using FactorHub.Database;
using FactorHub.Snapshots;
using FactorHub.Snapshots.Exports;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Benchmarks.Snapshots;

/// <summary>
/// Publication (database part) against a raw INSERT … SELECT of the same rows, both in a transaction rolled back at the
/// end so each iteration starts from the same state; JSON Lines export against a raw Npgsql read of the same query;
/// gzip, CSV and XLSX timed separately. Exports write to <see cref="Stream.Null"/> (the disk is not what is measured).
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private FactorHubDatabase _database = null!;
    private Guid _snapshotId;

    [GlobalSetup]
    public void Setup() => (_database, _snapshotId) = BenchmarkDatabase.OpenAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "publish: membership + digest + status (rolled back)")]
    public async Task Publish()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await SnapshotPublisher.LockAsync(connection, transaction, CancellationToken.None);
        await SnapshotPublisher.PublishInTransactionAsync(connection, transaction, "2026.02", "bench", NullLogger.Instance, CancellationToken.None);
        await transaction.RollbackAsync();
    }

    [Benchmark(Description = "publish, database part only: snapshot row + membership + status (rolled back)")]
    public async Task PublishMembershipAndStatus()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await BenchmarkDatabase.ExecuteAsync(connection,
            """
            INSERT INTO snapshots (id, label, status, cutoff_at, created_by) VALUES ('00000000-0000-0000-0000-00000000b001', '2026.02', 'building', now(), 'bench');
            """, transaction);
        await using (var members = new NpgsqlCommand(SnapshotPublisher.MembersSql, connection, transaction) { CommandTimeout = 0 })
        {
            members.Parameters.AddWithValue("id", Guid.Parse("00000000-0000-0000-0000-00000000b001"));
            await members.ExecuteNonQueryAsync();
        }
        await BenchmarkDatabase.ExecuteAsync(connection,
            """
            UPDATE snapshots SET status = 'published', published_at = now(), factor_count = 1, content_digest = repeat('0', 64)
            WHERE id = '00000000-0000-0000-0000-00000000b001';
            """, transaction);
        await transaction.RollbackAsync();
    }

    [Benchmark(Description = "raw INSERT … SELECT of the same rows (rolled back)")]
    public async Task RawInsertSelect()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await BenchmarkDatabase.ExecuteAsync(connection,
            """
            CREATE TEMP TABLE copy_members (snapshot_id uuid, factor_id uuid, factor_version_id uuid, state text) ON COMMIT DROP;
            INSERT INTO copy_members
            SELECT DISTINCT ON (v.factor_id) gen_random_uuid(), v.factor_id, v.id, 'active'
            FROM factor_versions v WHERE v.status = 'accepted' AND v.accepted_at <= now()
            ORDER BY v.factor_id, v.version_number DESC;
            """, transaction);
        await transaction.RollbackAsync();
    }

    [Benchmark(Baseline = true, Description = "raw Npgsql read of the export query")]
    public async Task<long> RawRead()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(SnapshotExportReader.Sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("snapshot_id", _snapshotId);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess);
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    [Benchmark(Description = "JSON Lines, uncompressed")]
    public Task JsonLines() => ExportAsync(stream => new JsonLinesExport(stream), compress: false);

    [Benchmark(Description = "JSON Lines, gzip fastest")]
    public Task JsonLinesGzip() => ExportAsync(stream => new JsonLinesExport(stream), compress: true);

    [Benchmark(Description = "CSV")]
    public Task Csv() => ExportAsync(stream => new CsvExport(stream), compress: false);

    [Benchmark(Description = "XLSX (OpenXmlWriter, streamed)")]
    public Task Xlsx() => ExportAsync(stream => new XlsxExport(stream), compress: false);

    private async Task ExportAsync(Func<Stream, ISnapshotRowSink> create, bool compress)
    {
        await using var connection = await OpenAsync();
        await using var target = compress ? new GZipStream(Stream.Null, CompressionLevel.Fastest) : (Stream)new BufferedStream(Stream.Null, 1 << 16);
        await using var sink = create(target);
        await foreach (var row in SnapshotExportReader.ReadAsync(connection, null, _snapshotId, DownloadSet.Registered, CancellationToken.None))
        {
            sink.Write(row);
        }
        await sink.CompleteAsync(CancellationToken.None);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.Connections.Application);
        await connection.OpenAsync();
        return connection;
    }
}
