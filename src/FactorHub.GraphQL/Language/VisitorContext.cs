using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// Where the traversal currently is. One instance per <see cref="Visitor.Visit"/> call, updated in place
/// (no per-node allocation); do not keep references to it or to <see cref="Ancestors"/> after a callback returns.
/// </summary>
public sealed class VisitorContext
{
    private readonly List<Node> _ancestors = new(32);

    /// <summary>
    /// The ancestor nodes from the root down to the parent of the current node. Unlike graphql-js, the lists
    /// that hold nodes are not included: only nodes.
    /// </summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>The parent of the current node, or null at the root.</summary>
    public Node? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>How deep the current node is (0 for the root).</summary>
    public int Depth => _ancestors.Count;

    internal void Push(Node node) => _ancestors.Add(node);

    internal void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
