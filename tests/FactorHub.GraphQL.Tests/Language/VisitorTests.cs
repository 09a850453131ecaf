using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

public class VisitorTests
{
    /// <summary>Records "enter Kind[:value]" / "leave Kind[:value]" like the graphql-js visitor tests.</summary>
    private sealed class RecordingVisitor(Func<Node, VisitorContext, VisitorAction>? onEnter = null, Func<Node, VisitorContext, VisitorAction>? onLeave = null)
        : IAstVisitor
    {
        public List<string> Log { get; } = [];

        public VisitorAction Enter(Node node, VisitorContext context)
        {
            Log.Add("enter " + Describe(node));
            return onEnter?.Invoke(node, context) ?? VisitorAction.Continue;
        }

        public VisitorAction Leave(Node node, VisitorContext context)
        {
            Log.Add("leave " + Describe(node));
            return onLeave?.Invoke(node, context) ?? VisitorAction.Continue;
        }
    }

    private static string Describe(Node node) => node switch
    {
        NameNode n => "Name:" + n.Value,
        IntValueNode n => "IntValue:" + n.Value,
        _ => node.Kind.ToString(),
    };

    [Fact]
    public void VisitsInDocumentKeyOrder()
    {
        var visitor = new RecordingVisitor();
        var doc = Parser.Parse("{ a, b { x }, c }", new ParserOptions { NoLocation = true });

        Visitor.Visit(doc, visitor);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet",
                "enter Field", "enter Name:a", "leave Name:a", "leave Field",
                "enter Field", "enter Name:b", "leave Name:b", "enter SelectionSet",
                "enter Field", "enter Name:x", "leave Name:x", "leave Field",
                "leave SelectionSet", "leave Field",
                "enter Field", "enter Name:c", "leave Name:c", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            visitor.Log);
    }

    [Fact]
    public void SkipOnEnterSkipsChildrenAndLeave()
    {
        var visitor = new RecordingVisitor(onEnter: (node, _) =>
            node is FieldNode { Name.Value: "b" } ? VisitorAction.Skip : VisitorAction.Continue);
        var doc = Parser.Parse("{ a, b { x }, c }");

        Visitor.Visit(doc, visitor);

        Assert.Contains("enter Field", visitor.Log);
        Assert.DoesNotContain("enter Name:b", visitor.Log);
        Assert.DoesNotContain("enter Name:x", visitor.Log);
        Assert.Contains("enter Name:c", visitor.Log);
        // three fields entered, only two left (the skipped one gets no leave)
        Assert.Equal(3, visitor.Log.Count(e => e == "enter Field"));
        Assert.Equal(2, visitor.Log.Count(e => e == "leave Field"));
    }

    [Fact]
    public void BreakOnEnterStopsImmediately()
    {
        var visitor = new RecordingVisitor(onEnter: (node, _) =>
            node is NameNode { Value: "x" } ? VisitorAction.Break : VisitorAction.Continue);
        var doc = Parser.Parse("{ a, b { x }, c }");

        Visitor.Visit(doc, visitor);

        Assert.Equal("enter Name:x", visitor.Log[^1]);
        Assert.DoesNotContain("enter Name:c", visitor.Log);
    }

    [Fact]
    public void BreakOnLeaveStopsImmediately()
    {
        var visitor = new RecordingVisitor(onLeave: (node, _) =>
            node is NameNode { Value: "x" } ? VisitorAction.Break : VisitorAction.Continue);
        var doc = Parser.Parse("{ a, b { x }, c }");

        Visitor.Visit(doc, visitor);

        Assert.Equal("leave Name:x", visitor.Log[^1]);
    }

    [Fact]
    public void ReturnsSameInstanceWhenNothingIsEdited()
    {
        var doc = Parser.Parse("query Q($v: Int = 1) { a(x: [1, {y: $v}]) @d { ... on T { b } } }");

        var result = Visitor.Visit(doc, new RecordingVisitor());

        Assert.Same(doc, result);
    }

    [Fact]
    public void RemovesNodesOnEnterAndSharesUnchangedSubtrees()
    {
        var doc = Parser.Parse("{ a, b { x }, c }");
        var original = (OperationDefinitionNode)doc.Definitions[0];
        var visitor = new DelegateVisitor().OnEnter<FieldNode>(NodeKind.Field, (field, _) =>
            field.Name.Value == "b" ? VisitorAction.Remove : VisitorAction.Continue);

        var edited = Visitor.Visit(doc, visitor);

        Assert.Equal("{\n  a\n  c\n}", Printer.Print(edited));
        Assert.Equal("{\n  a\n  b {\n    x\n  }\n  c\n}", Printer.Print(doc)); // the original is untouched
        var editedSelections = ((OperationDefinitionNode)edited.Definitions[0]).SelectionSet.Selections;
        Assert.Same(original.SelectionSet.Selections[0], editedSelections[0]);
        Assert.Same(original.SelectionSet.Selections[2], editedSelections[1]);
    }

    [Fact]
    public void ReplacesNodesOnLeave()
    {
        var doc = Parser.Parse("{ a(n: 1) b(n: [2, 3]) }");
        var visitor = new DelegateVisitor().OnLeave<IntValueNode>(NodeKind.IntValue, (value, _) =>
            VisitorAction.Replace(new IntValueNode { Value = (int.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        var edited = Visitor.Visit(doc, visitor);

        Assert.Equal("{\n  a(n: 10)\n  b(n: [20, 30])\n}", Printer.Print(edited));
    }

    [Fact]
    public void ReplacementOnEnterIsVisitedInsteadOfTheOriginal()
    {
        var doc = Parser.Parse("{ a { x } }");
        var replacement = Parser.Parse("{ z { y } }").Definitions[0] is OperationDefinitionNode op
            ? op.SelectionSet.Selections[0]
            : throw new InvalidOperationException();
        var visitor = new RecordingVisitor(onEnter: (node, _) =>
            node is FieldNode { Name.Value: "a" } ? VisitorAction.Replace(replacement) : VisitorAction.Continue);

        var edited = Visitor.Visit(doc, visitor);

        Assert.Equal("{\n  z {\n    y\n  }\n}", Printer.Print(edited!));
        Assert.Contains("enter Name:y", visitor.Log);
        Assert.DoesNotContain("enter Name:x", visitor.Log);
    }

    [Fact]
    public void ReplacingWithAnIncompatibleNodeFailsClearly()
    {
        var doc = Parser.Parse("{ a(n: 1) }");
        var visitor = new DelegateVisitor().On(NodeKind.IntValue, enter: (_, _) =>
            VisitorAction.Replace(new NameNode { Value = "oops" }));

        var error = Assert.Throws<InvalidOperationException>(() => Visitor.Visit(doc, visitor));

        Assert.Equal("A visitor replaced a node with a Name node where a ValueNode is required.", error.Message);
    }

    [Fact]
    public void ContextExposesParentAndAncestors()
    {
        var doc = Parser.Parse("query { a @skip(if: true) }");
        string? seen = null;
        var visitor = new DelegateVisitor().On(NodeKind.BooleanValue, enter: (_, context) =>
        {
            seen = string.Join(" > ", context.Ancestors.Select(a => a.Kind)) + " | parent " + context.Parent!.Kind + " | depth " + context.Depth;
            return VisitorAction.Continue;
        });

        Visitor.Visit(doc, visitor);

        Assert.Equal("Document > OperationDefinition > SelectionSet > Field > Directive > Argument | parent Argument | depth 6", seen);
    }

    [Fact]
    public void ParallelVisitorsSkipIndependently()
    {
        var skipper = new RecordingVisitor(onEnter: (node, _) =>
            node is FieldNode { Name.Value: "b" } ? VisitorAction.Skip : VisitorAction.Continue);
        var full = new RecordingVisitor();
        var doc = Parser.Parse("{ a, b { x }, c }");

        Visitor.Visit(doc, new ParallelVisitor([skipper, full]));

        Assert.DoesNotContain("enter Name:x", skipper.Log);
        Assert.Contains("enter Name:c", skipper.Log);
        Assert.Contains("enter Name:x", full.Log);
        var alone = new RecordingVisitor();
        Visitor.Visit(doc, alone);
        Assert.Equal(alone.Log, full.Log);
    }

    [Fact]
    public void ParallelVisitorsBreakIndependently()
    {
        var breaker = new RecordingVisitor(onEnter: (node, _) =>
            node is NameNode { Value: "a" } ? VisitorAction.Break : VisitorAction.Continue);
        var full = new RecordingVisitor();
        var doc = Parser.Parse("{ a, b { x }, c }");

        Visitor.Visit(doc, new ParallelVisitor([breaker, full]));

        Assert.Equal("enter Name:a", breaker.Log[^1]);
        Assert.Equal("leave Document", full.Log[^1]);
    }

    [Fact]
    public void ParallelVisitorStopsTheTraversalWhenEveryVisitorBroke()
    {
        var first = new RecordingVisitor(onEnter: (node, _) =>
            node is NameNode { Value: "a" } ? VisitorAction.Break : VisitorAction.Continue);
        var second = new RecordingVisitor(onEnter: (node, _) =>
            node is NameNode { Value: "b" } ? VisitorAction.Break : VisitorAction.Continue);
        var counter = new CountingNodes();
        var doc = Parser.Parse("{ a, b { x }, c }");

        Visitor.Visit(doc, new Tee(counter, new ParallelVisitor([first, second])));

        Assert.Equal("enter Name:a", first.Log[^1]);
        Assert.Equal("enter Name:b", second.Log[^1]);
        Assert.Equal("Name:b", counter.Entered[^1]); // nothing after the last visitor broke off
    }

    [Fact]
    public void ParallelVisitorSkipsSubtreesNobodyListensTo()
    {
        var skipA = new RecordingVisitor(onEnter: (node, _) =>
            node is FieldNode { Name.Value: "b" } ? VisitorAction.Skip : VisitorAction.Continue);
        var skipB = new RecordingVisitor(onEnter: (node, _) =>
            node is FieldNode { Name.Value: "b" } ? VisitorAction.Skip : VisitorAction.Continue);
        var counter = new CountingNodes();
        var parallel = new ParallelVisitor([skipA, skipB]);
        var doc = Parser.Parse("{ a, b { x { y } }, c }");

        Visitor.Visit(doc, new Tee(counter, parallel));

        // The traversal never descends into b's subtree because both visitors skip it...
        Assert.DoesNotContain("Name:x", counter.Entered);
        // ...and both visitors resume at the next sibling.
        Assert.Contains("enter Name:c", skipA.Log);
        Assert.Contains("enter Name:c", skipB.Log);
    }

    [Fact]
    public void ParallelVisitorReturnsEdits()
    {
        var remover = new DelegateVisitor().OnEnter<FieldNode>(NodeKind.Field, (field, _) =>
            field.Name.Value == "b" ? VisitorAction.Remove : VisitorAction.Continue);
        var doc = Parser.Parse("{ a, b, c }");

        var edited = Visitor.Visit(doc, new ParallelVisitor([new RecordingVisitor(), remover]));

        Assert.Equal("{\n  a\n  c\n}", Printer.Print(edited));
    }

    /// <summary>Records the nodes the traversal actually entered.</summary>
    private sealed class CountingNodes : AstVisitor
    {
        public List<string> Entered { get; } = [];

        public override VisitorAction Enter(Node node, VisitorContext context)
        {
            Entered.Add(Describe(node));
            return VisitorAction.Continue;
        }
    }

    /// <summary>Calls <paramref name="spy"/> for every node the traversal enters, then defers to <paramref name="inner"/>.</summary>
    private sealed class Tee(IAstVisitor spy, IAstVisitor inner) : IAstVisitor
    {
        public VisitorAction Enter(Node node, VisitorContext context)
        {
            spy.Enter(node, context);
            return inner.Enter(node, context);
        }

        public VisitorAction Leave(Node node, VisitorContext context) => inner.Leave(node, context);
    }
}
