namespace FactorHub.GraphQL.Language;

/// <summary>The kinds of lexical tokens (§2.1.6 Lexical Tokens, §2.1.8 Punctuators), plus the SOF/EOF markers and comments.</summary>
public enum TokenKind
{
    /// <summary>Start of file marker: "&lt;SOF&gt;".</summary>
    Sof,
    /// <summary>End of file marker: "&lt;EOF&gt;".</summary>
    Eof,
    /// <summary>"!"</summary>
    Bang,
    /// <summary>"$"</summary>
    Dollar,
    /// <summary>"&amp;"</summary>
    Amp,
    /// <summary>"("</summary>
    ParenL,
    /// <summary>")"</summary>
    ParenR,
    /// <summary>x</summary>
    Dot,
    /// <summary>"..."</summary>
    Spread,
    /// <summary>":"</summary>
    Colon,
    /// <summary>"="</summary>
    Equals,
    /// <summary>"@"</summary>
    At,
    /// <summary>"["</summary>
    BracketL,
    /// <summary>"]"</summary>
    BracketR,
    /// <summary>"{"</summary>
    BraceL,
    /// <summary>"|"</summary>
    Pipe,
    /// <summary>"}"</summary>
    BraceR,
    /// <summary>§2.1.9 Names</summary>
    Name,
    /// <summary>§2.9.1 Int Value</summary>
    Int,
    /// <summary>§2.9.2 Float Value</summary>
    Float,
    /// <summary>§2.9.4 String Value (quoted)</summary>
    String,
    /// <summary>§2.9.4 String Value (block string)</summary>
    BlockString,
    /// <summary>§2.1.4 Comments</summary>
    Comment,
}

/// <summary>Display helpers for <see cref="TokenKind"/> matching graphql-js error texts.</summary>
public static class TokenKindExtensions
{
    /// <summary>The graphql-js TokenKind string, e.g. "{" or "Name" or "&lt;EOF&gt;".</summary>
    public static string ToDisplayString(this TokenKind kind) => kind switch
    {
        TokenKind.Sof => "<SOF>",
        TokenKind.Eof => "<EOF>",
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Amp => "&",
        TokenKind.ParenL => "(",
        TokenKind.ParenR => ")",
        TokenKind.Dot => ".",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketL => "[",
        TokenKind.BracketR => "]",
        TokenKind.BraceL => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceR => "}",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => kind.ToString(),
    };

    /// <summary>True for punctuator kinds (graphql-js isPunctuatorTokenKind).</summary>
    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    /// <summary>How graphql-js describes a token kind in errors: punctuators quoted, others bare.</summary>
    public static string Describe(this TokenKind kind) =>
        kind.IsPunctuator() ? "\"" + kind.ToDisplayString() + "\"" : kind.ToDisplayString();
}
