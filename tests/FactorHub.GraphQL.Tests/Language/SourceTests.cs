using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary><see cref="Source"/> positions and the error objects built on them.</summary>
public class SourceTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\rb", 2, 2, 1)]
    [InlineData("a\n\r\n\rb", 5, 4, 1)]
    [InlineData("ab\ncd", 5, 2, 3)]
    public void ConvertsOffsetsToOneBasedLinesAndColumns(string body, int position, int line, int column)
    {
        Assert.Equal(new SourceLocation(line, column), new Source(body).GetLocation(position));
    }

    [Fact]
    public void RejectsNonPositiveLocationOffsets()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Source("{ a }", "x", new SourceLocation(0, 1)));

        Assert.StartsWith("line in locationOffset is 1-indexed and must be positive.", error.Message);
    }

    [Fact]
    public void DefaultsTheNameLikeGraphQLJs()
    {
        Assert.Equal("GraphQL request", new Source("{ a }").Name);
    }

    [Fact]
    public void GraphQLErrorKeepsPathExtensionsAndOriginalError()
    {
        var cause = new InvalidOperationException("database unavailable");
        var extensions = new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR" };

        var error = new GraphQLError("Unexpected error.", path: ["factor", 0, "value"], originalError: cause, extensions: extensions);
        var located = error.WithPath(["factors", 1]);

        Assert.Same(cause, error.OriginalError);
        Assert.Same(cause, error.InnerException);
        Assert.Equal(["factor", 0, "value"], error.Path!);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Extensions!["code"]);
        Assert.Null(error.Locations);
        Assert.Equal("Unexpected error.", error.ToString());
        Assert.Equal(["factors", 1], located.Path!);
        Assert.Same(extensions, located.Extensions);
    }

    [Fact]
    public void GraphQLErrorInheritsExtensionsFromAWrappedGraphQLError()
    {
        var inner = new GraphQLError("Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });

        var outer = new GraphQLError("Not allowed.", originalError: inner);

        Assert.Equal("FORBIDDEN", outer.Extensions!["code"]);
    }

    [Fact]
    public void SyntaxErrorsPrintEveryLocationWithTheSourceName()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(new Source("query {\n  a(x: 01)\n}", "catalogue.graphql")));

        Assert.Equal("Syntax Error: Invalid number, unexpected digit after 0: \"1\".\n    at catalogue.graphql:2:9", error.ToString());
        Assert.Equal(new SourceLocation(2, 9), error.Location);
    }
}
