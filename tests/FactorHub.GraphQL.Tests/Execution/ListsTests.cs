using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>§6.4.3 CompleteValue for lists (graphql-js execution/lists-test).</summary>
public class ListsTests
{
    private static GraphQLSchema Schema(IGraphQLType type, object? value) =>
        new(Object("Query", Field("list", type, _ => value)));

    [Fact]
    public async Task Accepts_any_enumerable_including_lazy_sequences()
    {
        Assert.Equal(Json("{'data':{'list':[1,2,3]}}"), await RunAsync(Schema(List(Scalars.Int), Enumerable.Range(1, 3)), "{ list }"));
        Assert.Equal(Json("{'data':{'list':[[1],[2,null]]}}"),
            await RunAsync(Schema(List(List(Scalars.Int)), new[] { new int?[] { 1 }, [2, null] }), "{ list }"));
    }

    [Fact]
    public async Task A_non_list_value_is_an_error()
    {
        Assert.Equal(Json("""
            {'errors':[{'message':'Expected Iterable, but did not find one for field "Query.list".','locations':[{'line':1,'column':3}],'path':['list']}],
             'data':{'list':null}}
            """), await RunAsync(Schema(List(Scalars.String), "not a list"), "{ list }"));
    }

    [Fact]
    public async Task Items_that_fail_serialization_are_nulled_at_their_index()
    {
        var json = await RunAsync(Schema(List(Scalars.Int), new object[] { 1, "x", 3 }), "{ list }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Int cannot represent non-integer value: "x"','locations':[{'line':1,'column':3}],'path':['list',1]}],
             'data':{'list':[1,null,3]}}
            """), json);
    }

    [Fact]
    public async Task A_lazy_sequence_may_read_its_resolver_context_while_it_is_completed()
    {
        var item = Object("Item", Field("label", Scalars.String));
        var schema = new GraphQLSchema(Object("Query",
            Field("items", List(item), ctx => Enumerable.Range(1, 2).Select(i => new { Label = $"{ctx.GetArgument<string>("prefix")}{i}" }),
                Arg("prefix", Scalars.String))));
        Assert.Equal(Json("{'data':{'items':[{'label':'p1'},{'label':'p2'}]}}"), await RunAsync(schema, "{ items(prefix: \"p\") { label } }"));
    }
}
