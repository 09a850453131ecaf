using FactorHub.Database;

namespace FactorHub.Tests.Database;

public sealed class SqlScriptTests
{
    [Fact]
    public void SplitsAtSemicolonsAndKeepsOffsets()
    {
        const string sql = "CREATE TABLE a (id int);\n\n  INSERT INTO a VALUES (1) ;\nSELECT 1";

        var statements = SqlScript.Split(sql);

        Assert.Equal(["CREATE TABLE a (id int)", "INSERT INTO a VALUES (1) ", "SELECT 1"], statements.Select(s => s.Text));
        Assert.Equal([0, 28, 55], statements.Select(s => s.Offset));
        Assert.All(statements, s => Assert.StartsWith(s.Text, sql[s.Offset..], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SELECT 'a;b', 'it''s;'", "SELECT 'a;b', 'it''s;'")]
    [InlineData("SELECT E'a\\';b'", "SELECT E'a\\';b'")]
    [InlineData("SELECT 1 AS \"x;y\"", "SELECT 1 AS \"x;y\"")]
    [InlineData("DO $$ BEGIN PERFORM 1; END $$", "DO $$ BEGIN PERFORM 1; END $$")]
    [InlineData("DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$", "DO $body$ BEGIN RAISE NOTICE '$$;'; END $body$")]
    [InlineData("SELECT 1 -- not the end;\n+ 1", "SELECT 1 -- not the end;\n+ 1")]
    [InlineData("SELECT /* a /* nested; */ comment; */ 1", "SELECT /* a /* nested; */ comment; */ 1")]
    public void DoesNotSplitInsideQuotesOrComments(string sql, string expected)
    {
        var statement = Assert.Single(SqlScript.Split(sql + ";\n"));

        Assert.Equal(expected, statement.Text);
    }

    [Fact]
    public void SkipsCommentOnlyAndEmptyStatements()
    {
        var statements = SqlScript.Split("-- header\n/* block */\n;;\nSELECT 1;\n-- trailer\n");

        Assert.Equal(["SELECT 1"], statements.Select(s => s.Text));
    }

    [Fact]
    public void CountsLinesFromOne()
    {
        Assert.Equal(1, SqlScript.LineOf("a\nb\nc", 0));
        Assert.Equal(3, SqlScript.LineOf("a\nb\nc", 4));
    }
}
