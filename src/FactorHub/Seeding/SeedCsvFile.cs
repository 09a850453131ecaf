using System.Globalization;
using CsvHelper;

namespace FactorHub.Seeding;

/// <summary>
/// One seed CSV read whole into memory: UTF-8, RFC 4180 quoting, a header row, blank lines and lines starting
/// with <c>#</c> ignored, cells trimmed. The header must hold every required column and nothing unknown, so a
/// misspelt column is an error instead of a silently empty field.
/// </summary>
internal sealed class SeedCsvFile
{
    private SeedCsvFile(string name, IReadOnlyList<string> header, IReadOnlyList<SeedRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<SeedRow> Rows { get; }

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        CommentPrefix = '#',
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow, // checked below, to name the line in our own words
        IncludeValuesInExceptions = false,
        DetectSeparatorHint = false,
    };

    public static SeedCsvFile Read(string path, string name, IReadOnlyCollection<string> requiredColumns,
        IReadOnlyCollection<string> optionalColumns)
    {
        RequireUtf8(path, name);
        using var csv = CsvReader.FromFile(path, Options);
        try
        {
            csv.ReadHeader();
            var header = csv.Headers.ToArray();
            if (header.Length == 0 || header.All(string.IsNullOrEmpty))
            {
                throw new SeedDataException(name, 1, null, "the file has no header row");
            }

            var headerLine = HeaderLine(path);
            var known = new HashSet<string>(requiredColumns.Concat(optionalColumns), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var column in header)
            {
                if (!known.Contains(column))
                {
                    throw new SeedDataException(name, headerLine, column,
                        $"unknown column; the columns of this file are: {string.Join(", ", requiredColumns.Concat(optionalColumns))}");
                }

                if (!seen.Add(column))
                {
                    throw new SeedDataException(name, headerLine, column, "the column appears twice in the header");
                }
            }

            foreach (var column in requiredColumns)
            {
                if (!seen.Contains(column))
                {
                    throw new SeedDataException(name, headerLine, column, "required column is missing from the header");
                }
            }

            var index = header.Select((column, i) => (column, i)).ToDictionary(x => x.column, x => x.i, StringComparer.Ordinal);
            var rows = new List<SeedRow>();
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var cells = csv.Current.ToArray();
                if (cells.Length != header.Length)
                {
                    throw new SeedDataException(name, line, null,
                        $"the row has {cells.Length} cells but the header has {header.Length} columns");
                }

                rows.Add(new SeedRow(name, line, index, cells));
            }

            return new SeedCsvFile(name, header, rows);
        }
        catch (CsvFormatException exception)
        {
            throw new SeedDataException(name, (int)exception.LineNumber, null,
                "the line is not valid CSV (check the quotes: a field containing a comma or a quote must be quoted, and quotes inside it doubled)",
                exception);
        }
    }

    // Comments and blank lines may precede the header: it is the first line that is neither.
    private static int HeaderLine(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            var trimmed = text.TrimStart(' ', '\t', '\uFEFF');
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                return line;
            }
        }

        return 1;
    }

    // CsvHelper would transcode or replace invalid bytes; a seed file must be exact UTF-8.
    private static void RequireUtf8(string path, string name)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
        }
        catch (System.Text.DecoderFallbackException exception)
        {
            var line = 1 + bytes.AsSpan(0, Math.Max(0, Math.Min(exception.Index, bytes.Length))).Count((byte)'\n');
            throw new SeedDataException(name, line, null, "the file is not valid UTF-8", exception);
        }
    }
}
