using System.Diagnostics;
using System.IO.Compression;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactorHub.Benchmarks.Snapshots;
using FactorHub.Snapshots.Exports;
using Npgsql;

// dotnet run -c Release --project bench/FactorHub.Benchmarks.Snapshots            BenchmarkDotNet timings
// dotnet run -c Release --project bench/FactorHub.Benchmarks.Snapshots -- memory  peak working set of each export
if (args is ["memory"])
{
    var (database, snapshotId) = await BenchmarkDatabase.OpenAsync();
    await using (database)
    {
        foreach (var (name, create, compress) in new (string, Func<Stream, ISnapshotRowSink>, bool)[]
        {
            ("JSON Lines", s => new JsonLinesExport(s), false),
            ("JSON Lines gzip", s => new JsonLinesExport(s), true),
            ("CSV", s => new CsvExport(s), false),
            ("XLSX", s => new XlsxExport(s), false),
        })
        {
            using var process = Process.GetCurrentProcess();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            await using var connection = new NpgsqlConnection(database.Connections.Application);
            await connection.OpenAsync();
            var counter = new CountingStream();
            await using (Stream target = compress ? new GZipStream(counter, CompressionLevel.Fastest, leaveOpen: true) : counter)
            await using (var sink = create(target))
            {
                var rows = 0;
                await foreach (var row in SnapshotExportReader.ReadAsync(connection, null, snapshotId, DownloadSet.Registered, CancellationToken.None))
                {
                    sink.Write(row);
                    rows++;
                }
                await sink.CompleteAsync(CancellationToken.None);
            }
            process.Refresh();
            Console.WriteLine($"{name,-16} {clock.Elapsed.TotalSeconds,6:F1} s  {counter.Length / 1e6,8:F1} MB written  peak working set so far {process.PeakWorkingSet64 / 1e6:F0} MB  GC heap now {GC.GetTotalMemory(false) / 1e6:F0} MB");
        }
    }
    return;
}

if (args is ["diagnose"])
{
    // Where the membership insert's time goes: each variant once, as the owner, rolled back.
    var (database, _) = await BenchmarkDatabase.OpenAsync();
    await using (database)
    {
        var plain = FactorHub.Snapshots.SnapshotPublisher.MembersSql;
        var noWithdrawals = plain[..plain.IndexOf("CASE WHEN", StringComparison.Ordinal)] + "'active'"
            + plain[(plain.IndexOf("END\n", StringComparison.Ordinal) + 3)..];
        foreach (var (name, disableTrigger, sql) in new[]
        {
            ("as published", false, plain),
            ("without the per-row membership trigger", true, plain),
            ("without the withdrawal lookup", false, noWithdrawals),
            ("without both", true, noWithdrawals),
        })
        {
            await using var connection = new NpgsqlConnection(database.Connections.Owner);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await BenchmarkDatabase.ExecuteAsync(connection,
                "INSERT INTO snapshots (id, label, status, cutoff_at, created_by) VALUES ('00000000-0000-0000-0000-00000000b002', '2026.03', 'building', now(), 'bench')",
                transaction);
            if (disableTrigger)
            {
                await BenchmarkDatabase.ExecuteAsync(connection, "ALTER TABLE snapshot_members DISABLE TRIGGER snapshot_members_published_are_immutable", transaction);
            }
            var clock = Stopwatch.StartNew();
            await using (var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 })
            {
                command.Parameters.AddWithValue("id", Guid.Parse("00000000-0000-0000-0000-00000000b002"));
                await command.ExecuteNonQueryAsync();
            }
            Console.WriteLine($"{name,-45} {clock.Elapsed.TotalSeconds,6:F1} s");
            await transaction.RollbackAsync();
        }
    }
    return;
}

BenchmarkRunner.Run<SnapshotBenchmarks>(DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring).WithWarmupCount(0).WithIterationCount(2).WithLaunchCount(1))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator), args);

/// <summary>Counts bytes and drops them.</summary>
internal sealed class CountingStream : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Position;
    public override long Position { get; set; }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Position += count;
    public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;
}
