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
