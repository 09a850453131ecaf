using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactorHub.Snapshots.Exports;

/// <summary>
/// One worksheet written with the OpenXml SDK's streaming <see cref="OpenXmlWriter"/> straight into a zip entry.
/// System.IO.Packaging (under <c>SpreadsheetDocument</c>) needs read access to the package, which puts the zip archive in
/// update mode and buffers every part in memory; so the package's few fixed parts are written here and the zip stays in
/// create mode, streaming the sheet (memory stays flat whatever the row count). Text cells are inline strings (no
/// shared-string table to hold in memory); decimals and integers are numbers.
/// </summary>
public sealed class XlsxExport : ISnapshotRowSink
{
    private const string SpreadsheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly Stream _sheetStream;
    private readonly OpenXmlWriter _writer;

    public XlsxExport(Stream output)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry("[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
            """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""" +
            $"""<Override PartName="/xl/workbook.xml" ContentType="{SpreadsheetMain}.sheet.main+xml"/>""" +
            $"""<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SpreadsheetMain}.worksheet+xml"/></Types>""");
        WriteEntry("_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
            $"""<Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WriteEntry("xl/workbook.xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
            new Workbook(new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = "factors" })).OuterXml);
        WriteEntry("xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
            $"""<Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");

        _sheetStream = _zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _writer = OpenXmlWriter.Create(_sheetStream, Encoding.UTF8);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
        _writer.WriteStartElement(new Row());
        foreach (var column in SnapshotExportReader.Columns)
        {
            WriteText(column);
        }
        _writer.WriteEndElement();
    }

    public void Write(SnapshotExportRow row)
    {
        _writer.WriteStartElement(new Row());
        foreach (var value in row.Values)
        {
            switch (value)
            {
                case null:
                    _writer.WriteElement(new Cell());
                    break;
                case decimal or short or int or long:
                    _writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(SnapshotExportRow.Text(value)!) });
                    break;
                default:
                    WriteText(SnapshotExportRow.Text(value)!);
                    break;
            }
        }
        _writer.WriteEndElement();
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        _writer.WriteEndElement(); // SheetData
        _writer.WriteEndElement(); // Worksheet
        _writer.Close();
        _sheetStream.Dispose();
        _zip.Dispose();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        _sheetStream.Dispose();
        _zip.Dispose();
        return ValueTask.CompletedTask;
    }

    private void WriteEntry(string name, string xml)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private void WriteText(string text) =>
        _writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
}
