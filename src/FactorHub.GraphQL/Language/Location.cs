namespace FactorHub.GraphQL.Language;

/// <summary>
/// The source range of an AST node: character offsets [Start, End) plus the first and last tokens
/// (graphql-js Location). Omitted when parsing with <c>NoLocation</c>.
/// </summary>
public sealed class Location
{
    /// <summary>Creates a location spanning from the start of <paramref name="startToken"/> to the end of <paramref name="endToken"/>.</summary>
    public Location(Token startToken, Token endToken, Source source)
    {
        Start = startToken.Start;
        End = endToken.End;
        StartToken = startToken;
        EndToken = endToken;
        Source = source;
    }

    /// <summary>The character offset at which this node begins.</summary>
    public int Start { get; }

    /// <summary>The character offset at which this node ends (exclusive).</summary>
    public int End { get; }

    /// <summary>The token at which this node begins.</summary>
    public Token StartToken { get; }

    /// <summary>The token at which this node ends.</summary>
    public Token EndToken { get; }

    /// <summary>The source document this node was parsed from.</summary>
    public Source Source { get; }

    /// <summary>The 1-based line/column of <see cref="Start"/>.</summary>
    public SourceLocation StartLocation => new(StartToken.Line, StartToken.Column);

    /// <inheritdoc />
    public override string ToString() => $"{Start}..{End}";
}
