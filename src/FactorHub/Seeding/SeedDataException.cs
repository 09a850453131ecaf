namespace FactorHub.Seeding;

/// <summary>
/// A seed file that cannot be loaded. Names the file, the 1-based physical line and the column, so the
/// person editing the CSV can go straight to the cell. Nothing of the file has been written when this is thrown.
/// </summary>
public sealed class SeedDataException : Exception
{
    public SeedDataException(string file, int line, string? column, string reason, Exception? inner = null)
        : base(Format(file, line, column, reason), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>File name relative to the seed directory, e.g. <c>factors-materials.csv</c>.</summary>
    public string File { get; }

    /// <summary>1-based physical line of the offending row (1 is the header); 0 when the whole file is at fault.</summary>
    public int Line { get; }

    /// <summary>Column header of the offending cell, or null when the row or file as a whole is at fault.</summary>
    public string? Column { get; }

    public string Reason { get; }

    private static string Format(string file, int line, string? column, string reason)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        return column is null ? $"{where}: {reason}" : $"{where}, column '{column}': {reason}";
    }
}
