using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>What a visitor asks the traversal to do next (graphql-js visitor return values).</summary>
public enum VisitorActionKind : byte
{
    /// <summary>Keep going (graphql-js: return undefined).</summary>
    Continue,
    /// <summary>On enter: do not visit this node's children, and do not call leave for it (graphql-js: return false).</summary>
    Skip,
    /// <summary>Stop the whole traversal (graphql-js: return BREAK).</summary>
    Break,
    /// <summary>Remove this node from its parent (graphql-js: return null).</summary>
    Remove,
    /// <summary>Replace this node (graphql-js: return a node); on enter the replacement's children are visited.</summary>
    Replace,
}

/// <summary>The result of a visitor callback. <c>default</c> is <see cref="Continue"/>; no allocation in any case.</summary>
public readonly struct VisitorAction
{
    private VisitorAction(VisitorActionKind kind, Node? node)
    {
        Kind = kind;
        Node = node;
    }

    /// <summary>Keep going.</summary>
    public static VisitorAction Continue => default;

    /// <summary>Skip this node's subtree (meaningful on enter).</summary>
    public static VisitorAction Skip => new(VisitorActionKind.Skip, null);

    /// <summary>Stop visiting altogether.</summary>
    public static VisitorAction Break => new(VisitorActionKind.Break, null);

    /// <summary>Remove the node from the resulting AST.</summary>
    public static VisitorAction Remove => new(VisitorActionKind.Remove, null);

    /// <summary>Replace the node with <paramref name="node"/> in the resulting AST.</summary>
    public static VisitorAction Replace(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(VisitorActionKind.Replace, node);
    }

    /// <summary>The requested action.</summary>
    public VisitorActionKind Kind { get; }

    /// <summary>The replacement node when <see cref="Kind"/> is <see cref="VisitorActionKind.Replace"/>.</summary>
    public Node? Node { get; }

    /// <summary>True for Remove and Replace, the actions that edit the AST.</summary>
    public bool IsEdit => Kind is VisitorActionKind.Remove or VisitorActionKind.Replace;
}
