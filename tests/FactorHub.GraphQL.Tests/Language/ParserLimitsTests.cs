using System.Text;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>Abuse limits: <see cref="ParserOptions.MaxTokens"/> and <see cref="ParserOptions.MaxDepth"/>.</summary>
public class ParserLimitsTests
{
    [Fact]
    public void AcceptsADocumentWithExactlyMaxTokens()
    {
        var document = Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 });

        Assert.Equal(5, document.TokenCount);
    }

    [Fact]
    public void AbortsOnTheFirstTokenPastMaxTokens()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 4 }));

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 9), Assert.Single(error.Locations!));
    }

    [Fact]
    public void CommentsDoNotCountAsTokens()
    {
        var document = Parser.Parse("# one\n{ a # two\n b c } # three", new ParserOptions { MaxTokens = 5 });

        Assert.Equal(5, document.TokenCount);
    }

    [Fact]
    public void MaxTokensStopsBeforeReadingTheRestOfAHugeDocument()
    {
        var huge = new StringBuilder("{ ");
        for (var i = 0; i < 100_000; i++)
        {
            huge.Append("f").Append(i).Append(' ');
        }
        huge.Append('}');

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(huge.ToString(), new ParserOptions { MaxTokens = 1000 }));

        Assert.Equal("Syntax Error: Document contains more than 1000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void AcceptsSelectionSetsNestedExactlyMaxDepth()
    {
        var document = Parser.Parse("{ a { b { c } } }", new ParserOptions { MaxDepth = 3 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void RejectsSelectionSetsNestedDeeperThanMaxDepth()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a { b { c } } }", new ParserOptions { MaxDepth = 2 }));

        Assert.Equal("Syntax Error: Document contains more than 2 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 9), Assert.Single(error.Locations!));
    }

    [Fact]
    public void CountsListAndObjectValuesTowardsDepth()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue("[{a: [1]}]", new ParserOptions { MaxDepth = 2 }));

        Assert.Equal("Syntax Error: Document contains more than 2 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 6), Assert.Single(error.Locations!));
        Assert.IsType<ListValueNode>(Parser.ParseValue("[{a: 1}]", new ParserOptions { MaxDepth = 2 }));
    }

    [Fact]
    public void CountsValuesInsideSelectionSetsTowardsTheSameDepth()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a(x: [[1]]) }", new ParserOptions { MaxDepth = 2 }));

        Assert.Equal(new SourceLocation(1, 9), Assert.Single(error.Locations!));
    }

    [Fact]
    public void CountsListTypesTowardsDepth()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType("[[[Int]]]", new ParserOptions { MaxDepth = 2 }));

        Assert.Equal("Syntax Error: Document contains more than 2 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations!));
    }

    [Fact]
    public void DefaultDepthLimitTurnsPathologicalNestingIntoASyntaxError()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue(deep));

        Assert.Equal("Syntax Error: Document contains more than 256 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 257), Assert.Single(error.Locations!));
    }

    [Fact]
    public void DocumentsUpToTheDefaultDepthParsePrintAndVisit()
    {
        var source = new StringBuilder();
        for (var i = 0; i < ParserOptions.DefaultMaxDepth; i++)
        {
            source.Append("{ f").Append(i).Append(' ');
        }
        source.Append(new string('}', ParserOptions.DefaultMaxDepth));

        var document = Parser.Parse(source.ToString());
        var reparsed = Parser.Parse(Printer.Print(document));

        AstAssert.Equal(document, reparsed);
        Assert.Same(document, Visitor.Visit(document, new DelegateVisitor()));
    }

    [Fact]
    public void NullLimitsMeanUnlimited()
    {
        var deep = new string('[', 1000) + new string(']', 1000);

        var value = Parser.ParseValue(deep, new ParserOptions { MaxDepth = null, MaxTokens = null });

        Assert.IsType<ListValueNode>(value);
    }
}
