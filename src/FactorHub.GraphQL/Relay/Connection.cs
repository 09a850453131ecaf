namespace FactorHub.GraphQL.Relay;

/// <summary>
/// A Relay connection (Cursor Connections Specification) in HotChocolate's shape: <c>edges</c>,
/// <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c>. The engine's default resolver maps these CLR
/// properties onto the SDL produced by <see cref="ConnectionSdl"/>.
/// </summary>
public sealed class Connection<T>
{
    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount = null)
    {
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    public IReadOnlyList<T> Nodes
    {
        get
        {
            var nodes = new T[Edges.Count];
            for (var i = 0; i < nodes.Length; i++) nodes[i] = Edges[i].Node;
            return nodes;
        }
    }

    public PageInfo PageInfo { get; }

    /// <summary>Number of items in the whole (filtered) result, ignoring pagination; null when not computed.</summary>
    public int? TotalCount { get; }
}

/// <summary>One edge of a connection: the node and the cursor that resumes pagination after (or before) it.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Relay <c>PageInfo</c>.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Builds connections from results the caller has already loaded.</summary>
public static class Connection
{
    /// <summary>
    /// Pages through a complete in-memory list with offset cursors, following the Relay algorithm
    /// (ApplyCursorsToEdges, then EdgesToReturn): <c>after</c>/<c>before</c> narrow the window, then
    /// <c>first</c> keeps its start and <c>last</c> its end. <c>hasPreviousPage</c>/<c>hasNextPage</c>
    /// report whether items exist before/after the page in the whole list (HotChocolate semantics).
    /// </summary>
    public static Connection<T> FromList<T>(IReadOnlyList<T> all, ConnectionArguments args, int maxPageSize = 100, int defaultPageSize = 50)
    {
        var size = args.Validate(maxPageSize, defaultPageSize);
        var start = 0;
        var end = all.Count;
        if (args.After is not null) start = Math.Clamp(Cursor.DecodeOffset(args.After, "after") + 1, 0, all.Count);
        if (args.Before is not null) end = Math.Clamp(Cursor.DecodeOffset(args.Before, "before"), 0, all.Count);
        if (end < start) end = start;
        if (args.Last is not null) start = Math.Max(start, end - size);
        else end = Math.Min(end, start + size);

        var edges = new Edge<T>[end - start];
        for (var i = start; i < end; i++) edges[i - start] = new Edge<T>(Cursor.EncodeOffset(i), all[i]);
        var pageInfo = new PageInfo(
            HasNextPage: end < all.Count,
            HasPreviousPage: start > 0,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, all.Count);
    }

    /// <summary>
    /// Wraps one page fetched by keyset pagination: the caller fetched <c>pageSize + 1</c> rows to learn
    /// whether more exist and passes the flags; each edge's cursor comes from <paramref name="cursorOf"/>.
    /// </summary>
    public static Connection<T> FromPage<T>(IReadOnlyList<T> page, Func<T, string> cursorOf, bool hasNextPage, bool hasPreviousPage, int? totalCount)
    {
        var edges = new Edge<T>[page.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = new Edge<T>(cursorOf(page[i]), page[i]);
        return new Connection<T>(edges,
            new PageInfo(hasNextPage, hasPreviousPage, edges.Length > 0 ? edges[0].Cursor : null, edges.Length > 0 ? edges[^1].Cursor : null),
            totalCount);
    }
}
