using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>Printer rules; expected texts are graphql-js 16.15 print() output for the same AST.</summary>
public class PrinterTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("\n leading newline", "\"\"\"\n\n leading newline\n\"\"\"")]
    [InlineData("  indented\n  both", "\"\"\"\n  indented\n  both\n\"\"\"")]
    [InlineData("first\n  second", "\"\"\"\nfirst\n  second\n\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"")]
    [InlineData("tab\tinside", "\"\"\"tab\tinside\"\"\"")]
    [InlineData("line\r\nbreak", "\"\"\"\nline\r\nbreak\n\"\"\"")]
    [InlineData("trailing\n", "\"\"\"\ntrailing\n\n\"\"\"")]
    public void PrintsBlockStringsLikeGraphQLJs(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode { Value = value, Block = true });

        Assert.Equal(expected, printed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("trailing slash\\")]
    [InlineData("has \"\"\" inside")]
    [InlineData("ends with \"\"\"")]
    [InlineData("multi\nline")]
    [InlineData("first\n  second")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("tab\tinside")]
    [InlineData("unicode \u00E9 \u4E2D\u6587")]
    public void BlockStringsRoundTripWhenPrintable(string value)
    {
        Assert.True(BlockString.IsPrintableAsBlockString(value) || value.Contains('\n') || value.EndsWith('"') || value.EndsWith('\\'));

        var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(Printer.Print(new StringValueNode { Value = value, Block = true })));

        Assert.Equal(value, reparsed.Value);
        Assert.True(reparsed.Block);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("\nleading blank line", false)]
    [InlineData("trailing blank line\n", false)]
    [InlineData("  common\n  indent", false)]
    [InlineData("no\n  common indent", true)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("tab\tis fine", true)]
    public void DecidesWhetherAStringIsPrintableAsBlockString(string value, bool expected)
    {
        Assert.Equal(expected, BlockString.IsPrintableAsBlockString(value));
    }

    [Fact]
    public void EscapesQuotedStringsLikeGraphQLJs()
    {
        var document = Parser.Parse("{ f(a: \"\\u0000\\u001F\\u007F\\u0080\\u009F\\u00A0 \\t \\\" \\\\ /\") }");

        Assert.Equal("{\n  f(a: \"\\u0000\\u001F\\u007F\\u0080\\u009F\u00A0 \\t \\\" \\\\ /\")\n}", Printer.Print(document));
    }

    [Fact]
    public void WrapsFieldArgumentsPastEightyCharacters()
    {
        var document = Parser.Parse("{ f(aaaaaaaaaaaaaaaaaaaa: \"aaaaaaaaaaaaaaaaaaaaaaaa\", bbbbbbbbbbbbbbbbbbbbbb: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\") }");

        Assert.Equal(
            "{\n  f(\n    aaaaaaaaaaaaaaaaaaaa: \"aaaaaaaaaaaaaaaaaaaaaaaa\"\n    bbbbbbbbbbbbbbbbbbbbbb: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}",
            Printer.Print(document));
    }

    [Fact]
    public void PutsArgumentDefinitionsOnSeparateLinesWhenOneHasADescription()
    {
        var document = Parser.Parse("type T { f(\n\"d\"\na: Int, b: Int): Int }");

        Assert.Equal("type T {\n  f(\n    \"d\"\n    a: Int\n    b: Int\n  ): Int\n}", Printer.Print(document));
    }

    [Fact]
    public void KeepsTheQueryKeywordWhenTheShorthandWouldLoseInformation()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query ($a: Int @d, $b: [String!]! = [\"x\"]) @q {\n  ...F @s\n}", Printer.Print(Parser.Parse("query ($a: Int @d, $b: [String!]! = [\"x\"]) @q { ...F @s }")));
        Assert.Equal("\"d\"\nquery {\n  a\n}", Printer.Print(Parser.Parse("\"d\" query { a }")));
    }

    [Fact]
    public void PrintsNodesBuiltInCode()
    {
        var field = new FieldNode
        {
            Alias = new NameNode { Value = "latest" },
            Name = new NameNode { Value = "factor" },
            Arguments =
            [
                new ArgumentNode { Name = new NameNode { Value = "code" }, Value = new StringValueNode { Value = "ELEC.GRID.CN-GRID-E.CO2.2023" } },
                new ArgumentNode { Name = new NameNode { Value = "year" }, Value = new IntValueNode { Value = "2023" } },
            ],
        };

        Assert.Equal("latest: factor(code: \"ELEC.GRID.CN-GRID-E.CO2.2023\", year: 2023)", field.ToString());
    }
}
