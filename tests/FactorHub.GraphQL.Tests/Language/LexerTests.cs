using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>
/// §2.1 lexical grammar. Error cases are pinned to graphql-js 16.15: the message and 1-based line/column
/// below are what graphql-js reports for the same input.
/// </summary>
public class LexerTests
{
    private static List<Token> LexAll(string body)
    {
        var lexer = new Lexer(new Source(body));
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.Eof; token = lexer.Advance())
        {
            tokens.Add(token);
        }
        return tokens;
    }

    private static Token LexOne(string body) => Assert.Single(LexAll(body));

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u00A0", "Syntax Error: Unexpected character: U+00A0.", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1)]
    [InlineData("\uD83D\uDE00", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData(". . .", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"abc\ndef\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\uXYZW\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{FFFFFFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2)]
    [InlineData("\"\\u{1F600\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 2)]
    [InlineData("\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83Dx\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("-a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1_", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("12.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("1.0.", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("1.5e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("\n\n   ?", "Syntax Error: Unexpected character: \"?\".", 3, 4)]
    [InlineData("\r\n\r\n  ?", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    [InlineData("\r\r?", "Syntax Error: Unexpected character: \"?\".", 3, 1)]
    [InlineData("# comment\n  \"\\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 2, 4)]
    [InlineData("\"\"\"\n  line one\n  \"\"\"\n\"\"\"x\n?", "Syntax Error: Unterminated string.", 5, 2)]
    [InlineData("{ a\u2028b }", "Syntax Error: Unexpected character: U+2028.", 1, 4)]
    public void RejectsInvalidInputWithGraphQLJsMessages(string body, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => LexAll(body));

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    /// <summary>
    /// Lone surrogates cannot live in attribute strings (stored as UTF-8) nor survive test discovery serialization,
    /// so these cases are listed in code and enumerated at run time.
    /// </summary>
    public static TheoryData<string, string, int, int> LoneSurrogates => new()
    {
        { "\uD83D", "Syntax Error: Invalid character: U+D83D.", 1, 1 },
        { "\uDC00", "Syntax Error: Invalid character: U+DC00.", 1, 1 },
        { "\"\uD83D\"", "Syntax Error: Invalid character within String: U+D83D.", 1, 2 },
        { "\"\"\"a\uD800\"\"\"", "Syntax Error: Invalid character within String: U+D800.", 1, 5 },
        { "\"\uDE00\uD83D\"", "Syntax Error: Invalid character within String: U+DE00.", 1, 2 },
        { "# comment \uD800\n?", "Syntax Error: Invalid character: U+D800.", 1, 11 },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void RejectsLoneSurrogates(string body, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => LexAll(body));

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    [Fact]
    public void LexesEveryPunctuator()
    {
        var tokens = LexAll("! $ & ( ) ... : = @ [ ] { | }");

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR,
                TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR,
            ],
            tokens.Select(t => t.Kind));
        Assert.All(tokens, t => Assert.Null(t.Value));
        Assert.Equal((10, 13), (tokens[5].Start, tokens[5].End));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993123456789", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    [InlineData("0.10000000000000000000000000001", TokenKind.Float)]
    public void KeepsTheRawTextOfNumbers(string body, TokenKind kind)
    {
        var token = LexOne(body);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(body, token.Value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \uD83D\uDE00")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \u0000")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \uDBFF\uDFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \u0000")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \uD83D\uDE00")]
    [InlineData("\"string with unicode surrogate pair escape \\uDBFF\\uDFFF\"", "string with unicode surrogate pair escape \uDBFF\uDFFF")]
    [InlineData("\"string with literal emoji \uD83D\uDE00\"", "string with literal emoji \uD83D\uDE00")]
    [InlineData("\"control \u0007 and DEL \u007F are source characters\"", "control \u0007 and DEL \u007F are source characters")]
    public void CooksStringValues(string body, string expected)
    {
        var token = LexOne(body);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
        Assert.Equal(body.Length, token.End);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \uD83D\uDE00\"\"\"", "unescaped unicode outside BMP \uD83D\uDE00")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\n      third\"\"\"", "  first line keeps its indent\nsecond\n  third")]
    [InlineData("\"\"\"\n\t\n   \"\"\"", "")]
    public void CooksBlockStringsWithBlockStringValue(string body, string expected)
    {
        var token = LexOne(body);

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void TracksLinesAcrossBlockStrings()
    {
        var tokens = LexAll("\"\"\"\n  a\r\n  b\r  c\n\"\"\" next");

        Assert.Equal(TokenKind.Name, tokens[1].Kind);
        Assert.Equal((5, 5), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void SkipsIgnoredTokensAndTracksLocations()
    {
        var tokens = LexAll("\uFEFF\t first,,second\r\n  # comment, ignored\r\n\tthird\rfourth\n\n  fifth");

        Assert.Equal(["first", "second", "third", "fourth", "fifth"], tokens.Select(t => t.Value));
        Assert.Equal(
            [(1, 4), (1, 11), (3, 2), (4, 1), (6, 3)],
            tokens.Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void LinksCommentsBetweenSignificantTokens()
    {
        var lexer = new Lexer(new Source("{\n  #comment\n  field\n}"));
        var open = lexer.Advance();
        var field = lexer.Advance();

        var comment = Assert.IsType<Token>(open.Next);
        Assert.Equal(TokenKind.Comment, comment.Kind);
        Assert.Equal("comment", comment.Value);
        Assert.Same(field, comment.Next);
        Assert.Same(comment, field.Prev);
        Assert.Equal(TokenKind.Sof, open.Prev!.Kind);
    }

    [Fact]
    public void LookaheadDoesNotMove()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        var next = lexer.Lookahead();

        Assert.Equal("b", next.Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Same(next, lexer.Advance());
        Assert.Equal(TokenKind.Eof, lexer.Advance().Kind);
        Assert.Equal(TokenKind.Eof, lexer.Advance().Kind); // EOF is sticky
    }

    [Fact]
    public void ErrorsReportTheSourceName()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => new Lexer(new Source("\n  ?", "factors.graphql")).Advance());

        Assert.Equal("Syntax Error: Unexpected character: \"?\".\n    at factors.graphql:2:3", error.ToString());
        Assert.Equal("Unexpected character: \"?\".", error.Description);
        Assert.Equal([3], error.Positions!);
    }
}
