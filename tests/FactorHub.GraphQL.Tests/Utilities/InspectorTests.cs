using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>Message helpers: values rendered like graphql-js inspect() / JavaScript String(number), and suggestions.</summary>
public class InspectorTests
{
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-0d, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(100d, "100")]
    [InlineData(1e100, "1e+100")]
    [InlineData(-1.1, "-1.1")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(9007199254740992d, "9007199254740992")]
    public void Doubles_format_like_javascript(double value, string expected) =>
        Assert.Equal(expected, Inspector.FormatNumber(value));

    [Fact]
    public void Values_inspect_like_graphql_js()
    {
        Assert.Equal("null", Inspector.Inspect(null));
        Assert.Equal("undefined", Inspector.Inspect(Undefined.Value));
        Assert.Equal("\"a\\\"b\\n\"", Inspector.Inspect("a\"b\n"));
        Assert.Equal("1.5", Inspector.Inspect(1.50m));
        Assert.Equal("[1, \"x\", [true]]", Inspector.Inspect(new List<object?> { 1, "x", new List<object?> { true } }));
        Assert.Equal("{ a: 1, b: null }", Inspector.Inspect(new Dictionary<string, object?> { ["a"] = 1, ["b"] = null }));
        Assert.Equal("[[[Array]]]", Inspector.Inspect(new List<object?> { new List<object?> { new List<object?> { 1 } } }));
        var nested = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } };
        Assert.Equal("{ a: { b: [Object] } }", Inspector.Inspect(nested));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", Inspector.Inspect(Enumerable.Range(0, 12).ToList()));
        Assert.Equal("[String!]", Inspector.Inspect(new GraphQLList(new GraphQLNonNull(Scalars.String))));
    }

    [Fact]
    public void Suggestions_and_did_you_mean_follow_graphql_js()
    {
        Assert.Equal(["factor", "factors"], SuggestionList.Suggest("factr", ["factors", "snapshot", "factor"]));
        Assert.Equal(["A", "b"], SuggestionList.Suggest("a", ["A", "b"]));
        Assert.Equal(["item2", "item10"], SuggestionList.Suggest("item", ["item10", "item2"]));
        Assert.Equal(string.Empty, DidYouMean.Format([]));
        Assert.Equal(" Did you mean \"a\"?", DidYouMean.Format(["a"]));
        Assert.Equal(" Did you mean the enum value \"a\" or \"b\"?", DidYouMean.Format("the enum value", ["a", "b"]));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", DidYouMean.Format(["a", "b", "c", "d", "e", "f"]));
    }
}
