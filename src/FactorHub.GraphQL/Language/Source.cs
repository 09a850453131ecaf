namespace FactorHub.GraphQL.Language;

/// <summary>
/// A representation of GraphQL source input (§2.1 Source Text). The body is kept as a .NET string;
/// positions are UTF-16 code unit offsets, exactly like graphql-js string indices.
/// </summary>
public sealed class Source
{
    /// <summary>Creates a source. <paramref name="name"/> appears in error output (graphql-js default "GraphQL request").</summary>
    public Source(string body, string name = "GraphQL request", SourceLocation? locationOffset = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
        LocationOffset = locationOffset ?? new SourceLocation(1, 1);
        if (LocationOffset.Line <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(locationOffset), "line in locationOffset is 1-indexed and must be positive.");
        }
        if (LocationOffset.Column <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(locationOffset), "column in locationOffset is 1-indexed and must be positive.");
        }
    }

    /// <summary>The GraphQL text.</summary>
    public string Body { get; }

    /// <summary>A name for the source, e.g. a file name or "GraphQL request".</summary>
    public string Name { get; }

    /// <summary>Where this source starts inside a larger document (1-based), e.g. SDL embedded in a file.</summary>
    public SourceLocation LocationOffset { get; }

    /// <summary>
    /// Converts a character offset into a 1-based line/column (graphql-js getLocation).
    /// §2.1.2 Line Terminators: "\r\n", "\r" and "\n" each end one line.
    /// </summary>
    public SourceLocation GetLocation(int position)
    {
        var body = Body;
        if (position > body.Length)
        {
            position = body.Length;
        }
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    // "\r\n" is one terminator (graphql-js counts it when it starts before the position).
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
