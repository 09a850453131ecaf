namespace FactorHub.Snapshots.Exports;

/// <summary>A file format that members are written to one row at a time (so any number of formats share one read).</summary>
public interface ISnapshotRowSink : IAsyncDisposable
{
    void Write(SnapshotExportRow row);

    /// <summary>Writes whatever closes the file (trailers, the package's parts) and flushes.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
