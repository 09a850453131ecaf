using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// Runs several visitors in one traversal (graphql-js visitInParallel), e.g. all validation rules. Each visitor
/// skips subtrees and breaks independently; the first edit returned for a node wins. When every visitor is
/// skipping the current subtree (or has broken off), the traversal itself skips it (or stops).
/// </summary>
public sealed class ParallelVisitor : IAstVisitor
{
    private static readonly Node BreakMarker = new NullValueNode();

    private readonly IAstVisitor[] _visitors;
    private readonly Node?[] _skipping;
    private int _active; // visitors neither skipping nor broken
    private int _broken;

    /// <summary>Creates a parallel visitor over <paramref name="visitors"/> (called in list order).</summary>
    public ParallelVisitor(IReadOnlyList<IAstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = new IAstVisitor[visitors.Count];
        for (var i = 0; i < _visitors.Length; i++)
        {
            _visitors[i] = visitors[i];
        }
        _skipping = new Node?[_visitors.Length];
        _active = _visitors.Length;
    }

    /// <inheritdoc />
    public VisitorAction Enter(Node node, VisitorContext context)
    {
        var visitors = _visitors;
        var skipping = _skipping;
        for (var i = 0; i < visitors.Length; i++)
        {
            if (skipping[i] is not null)
            {
                continue;
            }
            var result = visitors[i].Enter(node, context);
            switch (result.Kind)
            {
                case VisitorActionKind.Continue:
                    break;
                case VisitorActionKind.Skip:
                    skipping[i] = node;
                    _active--;
                    break;
                case VisitorActionKind.Break:
                    skipping[i] = BreakMarker;
                    _active--;
                    _broken++;
                    break;
                default:
                    return result;
            }
        }

        if (_active == 0)
        {
            // Nobody listens below this node: let the traversal skip it, or stop once everyone broke off.
            // Visitors that skipped exactly this node resume after it, as they would on its leave.
            if (_broken == visitors.Length)
            {
                return VisitorAction.Break;
            }
            for (var i = 0; i < skipping.Length; i++)
            {
                if (ReferenceEquals(skipping[i], node))
                {
                    skipping[i] = null;
                    _active++;
                }
            }
            return VisitorAction.Skip;
        }
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public VisitorAction Leave(Node node, VisitorContext context)
    {
        var visitors = _visitors;
        var skipping = _skipping;
        for (var i = 0; i < visitors.Length; i++)
        {
            var skipped = skipping[i];
            if (skipped is null)
            {
                var result = visitors[i].Leave(node, context);
                if (result.Kind == VisitorActionKind.Break)
                {
                    skipping[i] = BreakMarker;
                    _active--;
                    _broken++;
                }
                else if (result.IsEdit)
                {
                    return result;
                }
            }
            else if (ReferenceEquals(skipped, node))
            {
                skipping[i] = null;
                _active++;
            }
        }

        return _broken == visitors.Length ? VisitorAction.Break : VisitorAction.Continue;
    }
}
