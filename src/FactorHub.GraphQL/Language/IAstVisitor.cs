using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// A visitor called by <see cref="Visitor.Visit"/> when entering and leaving every node, depth-first in
/// source order (graphql-js QueryDocumentKeys order).
/// </summary>
public interface IAstVisitor
{
    /// <summary>Called before the node's children are visited.</summary>
    VisitorAction Enter(Node node, VisitorContext context);

    /// <summary>Called after the node's children were visited (not for nodes skipped on enter).</summary>
    VisitorAction Leave(Node node, VisitorContext context);
}

/// <summary>A convenience base: override only what you need; both callbacks default to Continue.</summary>
public abstract class AstVisitor : IAstVisitor
{
    /// <inheritdoc />
    public virtual VisitorAction Enter(Node node, VisitorContext context) => VisitorAction.Continue;

    /// <inheritdoc />
    public virtual VisitorAction Leave(Node node, VisitorContext context) => VisitorAction.Continue;
}
