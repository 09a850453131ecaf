using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Relay;

namespace FactorHub.GraphQL.Tests.Relay;

public class ConnectionTests
{
    private static readonly string[] Letters = ["A", "B", "C", "D", "E"];

    private static string Nodes(Connection<string> c) => string.Concat(c.Nodes);

    [Fact]
    public void First_returns_the_head_and_reports_a_next_page()
    {
        var page = Connection.FromList(Letters, new ConnectionArguments(2, null, null, null));
        Assert.Equal("AB", Nodes(page));
        Assert.Equal(new PageInfo(true, false, Cursor.EncodeOffset(0), Cursor.EncodeOffset(1)), page.PageInfo);
        Assert.Equal(5, page.TotalCount);
    }

    [Fact]
    public void First_after_continues_from_the_end_cursor()
    {
        var first = Connection.FromList(Letters, new ConnectionArguments(2, null, null, null));
        var second = Connection.FromList(Letters, new ConnectionArguments(2, first.PageInfo.EndCursor, null, null));
        Assert.Equal("CD", Nodes(second));
        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.True(second.PageInfo.HasNextPage);
        var third = Connection.FromList(Letters, new ConnectionArguments(2, second.PageInfo.EndCursor, null, null));
        Assert.Equal("E", Nodes(third));
        Assert.False(third.PageInfo.HasNextPage);
    }

    [Fact]
    public void Last_before_pages_backwards()
    {
        var page = Connection.FromList(Letters, new ConnectionArguments(null, null, 2, Cursor.EncodeOffset(4)));
        Assert.Equal("CD", Nodes(page));
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.True(page.PageInfo.HasNextPage);
        var tail = Connection.FromList(Letters, new ConnectionArguments(null, null, 2, null));
        Assert.Equal("DE", Nodes(tail));
    }

    [Fact]
    public void After_and_before_together_bound_the_window()
    {
        var page = Connection.FromList(Letters, new ConnectionArguments(10, Cursor.EncodeOffset(0), null, Cursor.EncodeOffset(3)));
        Assert.Equal("BC", Nodes(page));
        var empty = Connection.FromList(Letters, new ConnectionArguments(0, null, null, null));
        Assert.Empty(empty.Edges);
        Assert.Null(empty.PageInfo.StartCursor);
    }

    [Fact]
    public void Page_size_rules_use_PAGE_SIZE_EXCEEDED()
    {
        var tooMany = Assert.Throws<GraphQLError>(() => Connection.FromList(Letters, new ConnectionArguments(101, null, null, null)));
        Assert.Equal("Requesting 101 records on a connection exceeds the maximum page size of 100.", tooMany.Message);
        Assert.Equal(ErrorCodes.PageSizeExceeded, tooMany.Extensions!["code"]);
        var both = Assert.Throws<GraphQLError>(() => Connection.FromList(Letters, new ConnectionArguments(1, null, 1, null)));
        Assert.Equal("Passing both \"first\" and \"last\" to paginate a connection is not supported.", both.Message);
        var negative = Assert.Throws<GraphQLError>(() => Connection.FromList(Letters, new ConnectionArguments(-1, null, null, null)));
        Assert.Equal("The \"first\" argument must be a non-negative integer.", negative.Message);
    }

    [Fact]
    public void Foreign_cursors_use_INVALID_CURSOR()
    {
        var error = Assert.Throws<GraphQLError>(() => Connection.FromList(Letters, new ConnectionArguments(1, "bogus", null, null)));
        Assert.Equal("The cursor \"bogus\" given as \"after\" is not a valid cursor.", error.Message);
        Assert.Equal(ErrorCodes.InvalidCursor, error.Extensions!["code"]);
        Assert.Throws<GraphQLError>(() => Cursor.DecodeOffset(Cursor.EncodeKey("5")));
        Assert.Equal("2027.01|17", Cursor.DecodeKey(Cursor.EncodeKey("2027.01|17")));
    }
}
