namespace FactorHub.GraphQL.Language;

/// <summary>
/// A lexical token (§2.1.6 Lexical Tokens) with its position. Tokens form a doubly linked list,
/// including comment tokens, so tooling can recover everything between two AST nodes.
/// </summary>
public sealed class Token
{
    /// <summary>Creates a token.</summary>
    public Token(TokenKind kind, int start, int end, int line, int column, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Column = column;
        Value = value;
    }

    /// <summary>The kind of token.</summary>
    public TokenKind Kind { get; }

    /// <summary>The character offset at which this token begins.</summary>
    public int Start { get; }

    /// <summary>The character offset at which this token ends (exclusive).</summary>
    public int End { get; }

    /// <summary>The 1-based line on which this token begins.</summary>
    public int Line { get; }

    /// <summary>The 1-based column at which this token begins.</summary>
    public int Column { get; }

    /// <summary>
    /// The interpreted value: the name for Name tokens, the raw digits for Int/Float, the cooked value
    /// for String/BlockString, the text after "#" for comments; null for punctuators and SOF/EOF.
    /// </summary>
    public string? Value { get; }

    /// <summary>The previous token (comments included); null for SOF.</summary>
    public Token? Prev { get; internal set; }

    /// <summary>The next token (comments included); null until lexed, and for EOF.</summary>
    public Token? Next { get; internal set; }

    /// <summary>How graphql-js describes this token in errors, e.g. <c>Name "x"</c> or <c>"}"</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : Kind.Describe() + " \"" + Value + "\"";

    /// <inheritdoc />
    public override string ToString() => Describe();
}
