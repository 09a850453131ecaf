using FactorHub.Seeding;

namespace FactorHub.Tests.Seeding;

public sealed class SeedCsvFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factorhub-csv-" + Guid.NewGuid().ToString("N"));

    public SeedCsvFileTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private SeedCsvFile Read(string content, string[]? required = null, string[]? optional = null)
    {
        var path = Path.Combine(_directory, "things.csv");
        File.WriteAllText(path, content);
        return SeedCsvFile.Read(path, "things.csv", required ?? ["code", "name"], optional ?? ["note"]);
    }

    private SeedDataException Reject(string content) => Assert.Throws<SeedDataException>(() => Read(content));

    [Fact]
    public void LineNumbersCountTheHeaderCommentsBlankLinesAndQuotedLineBreaks()
    {
        var file = Read("# things\ncode,name,note\nA,Alpha,\n\n# a comment\nB,\"Beta, the second\",\"two\nlines\"\nC,Gamma,\n");

        Assert.Equal([("A", 3), ("B", 6), ("C", 8)], file.Rows.Select(r => (r.Required("code"), r.Line)));
        Assert.Equal("Beta, the second", file.Rows[1].Required("name"));
        Assert.Equal("two\nlines", file.Rows[1].Optional("note"));
        Assert.Null(file.Rows[0].Optional("note"));
    }

    [Fact]
    public void CellsAreTrimmedAndOptionalColumnsMayBeLeftOut()
    {
        var file = Read("code,name\n  A ,  Alpha  \n");

        Assert.Equal(("A", "Alpha", null), (file.Rows[0].Required("code"), file.Rows[0].Required("name"), file.Rows[0].Optional("note")));
    }

    [Fact]
    public void UnknownColumnIsRejectedOnItsHeaderLine()
    {
        var error = Reject("# comment first\ncode,name,colour\nA,Alpha,red\n");

        Assert.Equal("things.csv, line 2, column 'colour': unknown column; the columns of this file are: code, name, note", error.Message);
    }

    [Fact]
    public void MissingRequiredColumnIsRejected()
    {
        Assert.Equal("things.csv, line 1, column 'name': required column is missing from the header", Reject("code,note\nA,x\n").Message);
    }

    [Fact]
    public void DuplicateColumnIsRejected()
    {
        Assert.Equal("things.csv, line 1, column 'name': the column appears twice in the header", Reject("code,name,name\nA,B,C\n").Message);
    }

    [Fact]
    public void RowWithTheWrongNumberOfCellsIsRejected()
    {
        Assert.Equal("things.csv, line 3: the row has 3 cells but the header has 2 columns", Reject("code,name\nA,Alpha\nB,Beta,extra\n").Message);
    }

    [Fact]
    public void MalformedQuotingIsRejectedWithItsLine()
    {
        var error = Reject("code,name\nA,Alpha\nB,\"Beta\"x\n");

        Assert.Equal(3, error.Line);
        Assert.Equal("things.csv, line 3: the line is not valid CSV (check the quotes: a field containing a comma or a quote must be quoted, and quotes inside it doubled)", error.Message);
    }

    [Fact]
    public void InvalidUtf8IsRejectedWithItsLine()
    {
        var path = Path.Combine(_directory, "things.csv");
        File.WriteAllBytes(path, [.. "code,name\nA,Alpha\nB,"u8, 0xC3, 0x28, (byte)'\n']);

        var error = Assert.Throws<SeedDataException>(() => SeedCsvFile.Read(path, "things.csv", ["code", "name"], []));

        Assert.Equal("things.csv, line 3: the file is not valid UTF-8", error.Message);
    }
}
