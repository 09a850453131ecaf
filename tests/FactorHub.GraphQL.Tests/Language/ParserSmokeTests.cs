using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

public class ParserSmokeTests
{
    [Fact]
    public void ParsesAndPrintsSimpleQuery()
    {
        var doc = Parser.Parse("query Q($id: ID! = 1 @d) { a: b(x: [1, {y: \"z\"}]) @skip(if: true) { ...F ... on T { c } } } fragment F on T { d }");
        Assert.Equal(2, doc.Definitions.Count);
        Assert.Equal("query Q($id: ID! = 1 @d) {\n  a: b(x: [1, {y: \"z\"}]) @skip(if: true) {\n    ...F\n    ... on T {\n      c\n    }\n  }\n}\n\nfragment F on T {\n  d\n}", Printer.Print(doc));
    }
}
