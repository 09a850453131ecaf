using CsvHelper;

namespace FactorHub.Snapshots.Exports;

/// <summary>RFC 4180 CSV, UTF-8 without BOM, header row of <see cref="SnapshotExportReader.Columns"/>; NULL is an empty field.</summary>
public sealed class CsvExport : ISnapshotRowSink
{
    private readonly CsvWriter _csv;

    public CsvExport(Stream output)
    {
        _csv = CsvWriter.Create(output, null, leaveOpen: true);
        foreach (var column in SnapshotExportReader.Columns)
        {
            _csv.WriteField(column);
        }
        _csv.EndRecord();
    }

    public void Write(SnapshotExportRow row)
    {
        foreach (var value in row.Values)
        {
            _csv.WriteField(SnapshotExportRow.Text(value) ?? string.Empty);
        }
        _csv.EndRecord();
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await _csv.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
    }
}
