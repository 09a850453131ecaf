namespace FactorHub.GraphQL.Language;

/// <summary>Options and abuse limits for <see cref="Parser"/>.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: no token limit, nesting depth capped at <see cref="DefaultMaxDepth"/>, locations kept.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>The default nesting cap; far above real documents, low enough that recursion can never exhaust the stack.</summary>
    public const int DefaultMaxDepth = 256;

    /// <summary>
    /// The most significant tokens (comments excluded) a document may contain; parsing stops with a syntax error
    /// as soon as one more is read, so a huge request costs at most this much work. Null means unlimited.
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// The deepest nesting of selection sets, list/object values and list types. Parsing is recursive,
    /// so this also bounds stack use for everything that later walks the AST. Null means unlimited (not recommended).
    /// </summary>
    public int? MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>When true, nodes carry no <see cref="Location"/> (less memory; errors then have no locations).</summary>
    public bool NoLocation { get; init; }
}
