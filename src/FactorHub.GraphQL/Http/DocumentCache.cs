using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// A bounded least-recently-used cache of parsed and validated documents keyed by query text, so a
/// repeated query skips parsing and validation. One cache belongs to one schema (a document valid for
/// one schema may be invalid for another), so rebuilding the schema starts a new cache. Only documents
/// that passed validation are stored.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Query, DocumentNode Document)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, DocumentNode Document)> _order = new();

    public int Count
    {
        get { lock (_gate) return _map.Count; }
    }

    public bool TryGet(string query, out DocumentNode document)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(query, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }
        document = null!;
        return false;
    }

    public void Add(string query, DocumentNode document)
    {
        if (capacity <= 0) return;
        lock (_gate)
        {
            if (_map.ContainsKey(query)) return;
            if (_map.Count >= capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Query);
            }
            _map[query] = _order.AddFirst((query, document));
        }
    }
}
