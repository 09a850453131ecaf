using System.Text.Json;

namespace FactorHub.Snapshots.Exports;

/// <summary>
/// Writes one JSON object per member and line (JSON Lines). Decimals are JSON numbers with their exact digits, like the
/// GraphQL <c>Decimal</c> scalar; standards are an array; NULL columns are written as null.
/// </summary>
public sealed class JsonLinesExport(Stream output) : ISnapshotRowSink
{
    private static readonly JsonEncodedText[] Names = SnapshotExportReader.Columns.Select(c => JsonEncodedText.Encode(c)).ToArray();
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { SkipValidation = true });

    public void Write(SnapshotExportRow row)
    {
        _writer.WriteStartObject();
        for (var i = 0; i < Names.Length; i++)
        {
            switch (row.Values[i])
            {
                case null:
                    _writer.WriteNull(Names[i]);
                    break;
                case decimal d:
                    _writer.WritePropertyName(Names[i]);
                    _writer.WriteRawValue(SnapshotDigest.Decimal(d), skipInputValidation: true);
                    break;
                case short or int or long:
                    _writer.WriteNumber(Names[i], Convert.ToInt64(row.Values[i], System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case string[] items:
                    _writer.WriteStartArray(Names[i]);
                    foreach (var item in items)
                    {
                        _writer.WriteStringValue(item);
                    }
                    _writer.WriteEndArray();
                    break;
                case var value:
                    _writer.WriteString(Names[i], SnapshotExportRow.Text(value));
                    break;
            }
        }
        _writer.WriteEndObject();
        _writer.Flush();
        output.WriteByte((byte)'\n');
        _writer.Reset();
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => new(output.FlushAsync(cancellationToken));

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
