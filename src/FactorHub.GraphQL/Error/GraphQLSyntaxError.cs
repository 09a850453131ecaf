using FactorHub.GraphQL.Language;

namespace FactorHub.GraphQL.Error;

/// <summary>
/// A lexing or parsing error (graphql-js syntaxError): the message is <c>"Syntax Error: " + description</c>
/// and the single location is the offending character or token.
/// </summary>
public sealed class GraphQLSyntaxError : GraphQLError
{
    /// <summary>Creates a syntax error at <paramref name="position"/> in <paramref name="source"/>.</summary>
    public GraphQLSyntaxError(Source source, int position, string description)
        : base("Syntax Error: " + description, source: source, positions: [position])
    {
        Description = description;
    }

    /// <summary>The description without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The 1-based line/column of the error.</summary>
    public SourceLocation Location => Locations![0];
}
