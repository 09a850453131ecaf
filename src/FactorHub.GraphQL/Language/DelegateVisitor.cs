using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>A visitor callback for one node kind.</summary>
public delegate VisitorAction VisitFunction(Node node, VisitorContext context);

/// <summary>
/// A visitor assembled from per-kind callbacks, like a graphql-js visitor object
/// (<c>{ Field: { enter, leave } }</c>). Dispatch is an array lookup by <see cref="NodeKind"/>.
/// </summary>
public sealed class DelegateVisitor : IAstVisitor
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    private readonly VisitFunction?[] _enter = new VisitFunction?[KindCount];
    private readonly VisitFunction?[] _leave = new VisitFunction?[KindCount];

    /// <summary>Registers callbacks for nodes of <paramref name="kind"/>; returns this for chaining.</summary>
    public DelegateVisitor On(NodeKind kind, VisitFunction? enter = null, VisitFunction? leave = null)
    {
        if (enter is not null)
        {
            _enter[(int)kind] = enter;
        }
        if (leave is not null)
        {
            _leave[(int)kind] = leave;
        }
        return this;
    }

    /// <summary>Registers an enter callback for nodes of type <typeparamref name="T"/> (of <paramref name="kind"/>).</summary>
    public DelegateVisitor OnEnter<T>(NodeKind kind, Func<T, VisitorContext, VisitorAction> enter)
        where T : Node => On(kind, enter: (node, context) => enter((T)node, context));

    /// <summary>Registers a leave callback for nodes of type <typeparamref name="T"/> (of <paramref name="kind"/>).</summary>
    public DelegateVisitor OnLeave<T>(NodeKind kind, Func<T, VisitorContext, VisitorAction> leave)
        where T : Node => On(kind, leave: (node, context) => leave((T)node, context));

    /// <inheritdoc />
    public VisitorAction Enter(Node node, VisitorContext context) =>
        _enter[(int)node.Kind] is { } enter ? enter(node, context) : VisitorAction.Continue;

    /// <inheritdoc />
    public VisitorAction Leave(Node node, VisitorContext context) =>
        _leave[(int)node.Kind] is { } leave ? leave(node, context) : VisitorAction.Continue;
}
