using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Error;

/// <summary>
/// An error in a GraphQL request or its execution (§7.1.2 Errors): a message, the source locations
/// it relates to, the response path of the failing field, and an extensions map. Mirrors graphql-js GraphQLError.
/// </summary>
public class GraphQLError : Exception
{
    /// <summary>
    /// Creates an error. Locations come from <paramref name="source"/> + <paramref name="positions"/> when given,
    /// otherwise from the nodes' locations (as graphql-js does).
    /// </summary>
    public GraphQLError(
        string message,
        IReadOnlyList<Node>? nodes = null,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Path = path;
        OriginalError = originalError;
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions;

        var nodeLocations = Nodes is null ? null : CollectNodeLocations(Nodes);
        Source = source ?? nodeLocations?[0].Source;
        if (positions is { Count: > 0 })
        {
            Positions = positions;
        }
        else if (nodeLocations is not null)
        {
            var list = new int[nodeLocations.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = nodeLocations[i].Start;
            }
            Positions = list;
        }

        if (Positions is not null && source is not null)
        {
            var locations = new SourceLocation[Positions.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = source.GetLocation(Positions[i]);
            }
            Locations = locations;
        }
        else if (nodeLocations is not null)
        {
            var locations = new SourceLocation[nodeLocations.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = nodeLocations[i].Source.GetLocation(nodeLocations[i].Start);
            }
            Locations = locations;
        }
    }

    /// <summary>1-based line/column locations in the request document, or null when unknown.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path of the field that failed: string (field) and int (list index) segments.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional, machine-readable information; "code" carries an <c>ErrorCodes</c> value.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The AST nodes the error relates to, if any.</summary>
    public IReadOnlyList<Node>? Nodes { get; }

    /// <summary>The GraphQL source the positions refer to (hides the unrelated <see cref="Exception.Source"/> string).</summary>
    public new Source? Source { get; }

    /// <summary>Character offsets in <see cref="Source"/>.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>The exception thrown by a resolver or scalar that caused this error, never exposed to clients.</summary>
    public Exception? OriginalError { get; }

    /// <summary>A copy of this error with a response path (used when a field error is located during execution).</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, Source, Positions, path, OriginalError, Extensions);

    /// <summary>Prints the message followed by each location, like graphql-js toString().</summary>
    public override string ToString()
    {
        if (Locations is null || Locations.Count == 0)
        {
            return Message;
        }
        var builder = new System.Text.StringBuilder(Message);
        foreach (var location in Locations)
        {
            builder.Append("\n    at ").Append(Source?.Name ?? "GraphQL request").Append(':')
                .Append(location.Line).Append(':').Append(location.Column);
        }
        return builder.ToString();
    }

    private static List<Location>? CollectNodeLocations(IReadOnlyList<Node> nodes)
    {
        List<Location>? result = null;
        foreach (var node in nodes)
        {
            if (node.Loc is { } loc)
            {
                (result ??= []).Add(loc);
            }
        }
        return result;
    }
}
