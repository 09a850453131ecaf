using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>§6.4.4 Handling Execution Errors: null propagation (graphql-js execution/nonnull-test).</summary>
public class NonNullTests
{
    private static readonly GraphQLSchema Schema = BuildSchema();

    private static GraphQLSchema BuildSchema()
    {
        var data = new GraphQLObjectType("DataType");
        FieldResolver fail = _ => throw new FactorHub.GraphQL.Error.GraphQLError("sync");
        FieldResolver failAsync = async _ =>
        {
            await Task.Yield();
            throw new FactorHub.GraphQL.Error.GraphQLError("async");
        };
        FieldResolver returnNull = _ => new ValueTask<object?>((object?)null);
        FieldResolver returnNullAsync = async _ =>
        {
            await Task.Yield();
            return null;
        };
        FieldResolver self = _ => new ValueTask<object?>(new object());
        FieldResolver selfAsync = async _ =>
        {
            await Task.Yield();
            return new object();
        };
        data.AddField("sync", Scalars.String, fail);
        data.AddField("syncNonNull", NonNull(Scalars.String), fail);
        data.AddField("promise", Scalars.String, failAsync);
        data.AddField("promiseNonNull", NonNull(Scalars.String), failAsync);
        data.AddField("syncReturnNull", Scalars.String, returnNull);
        data.AddField("syncReturnNullNonNull", NonNull(Scalars.String), returnNull);
        data.AddField("promiseReturnNullNonNull", NonNull(Scalars.String), returnNullAsync);
        data.AddField("syncNest", data, self);
        data.AddField("syncNonNullNest", NonNull(data), self);
        data.AddField("promiseNest", data, selfAsync);
        data.AddField("promiseNonNullNest", NonNull(data), selfAsync);
        data.AddField("list", List(NonNull(Scalars.String)), _ => new ValueTask<object?>(new[] { "a", null, "c" }));
        data.AddField("listOfNullable", List(Scalars.String), _ => new ValueTask<object?>(new[] { "a", null, "c" }));
        data.AddField("nonNullListOfNonNull", NonNull(List(NonNull(Scalars.String))), _ => new ValueTask<object?>(new[] { "a", null }));
        var query = Object("Query", Field("nest", data, self), Field("nonNullNest", NonNull(data), self),
            Field("promiseNest", data, selfAsync));
        return new GraphQLSchema(query);
    }

    [Fact]
    public async Task Nulls_a_nullable_field_that_throws_synchronously()
    {
        var json = await RunAsync(Schema, "{ nest { sync } }");
        Assert.Equal(Json("{'errors':[{'message':'sync','locations':[{'line':1,'column':10}],'path':['nest','sync']}],'data':{'nest':{'sync':null}}}"), json);
    }

    [Fact]
    public async Task Nulls_the_parent_of_a_non_null_field_that_throws()
    {
        var json = await RunAsync(Schema, """
            {
              nest {
                syncNest { syncNonNull }
                promiseNest { promiseNonNull }
                sync
              }
            }
            """);
        // Errors are listed in the order they occur (§7.1.2 leaves the order open); whether the async resolvers
        // (Task.Yield) finish before the synchronous `sync` field depends on the thread pool, so compare them
        // ordered by path.
        Assert.Equal(Json("""
            {'errors':[
              {'message':'async','locations':[{'line':4,'column':19}],'path':['nest','promiseNest','promiseNonNull']},
              {'message':'sync','locations':[{'line':5,'column':5}],'path':['nest','sync']},
              {'message':'sync','locations':[{'line':3,'column':16}],'path':['nest','syncNest','syncNonNull']}],
             'data':{'nest':{'syncNest':null,'promiseNest':null,'sync':null}}}
            """), ErrorsOrderedByPath(json));
    }

    private static string ErrorsOrderedByPath(string json)
    {
        var result = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var errors = result["errors"]!.AsArray();
        var ordered = errors.Select(e => e!.DeepClone()).OrderBy(e => e["path"]!.ToJsonString(), StringComparer.Ordinal).ToList();
        errors.Clear();
        foreach (var error in ordered) errors.Add(error);
        return result.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Fact]
    public async Task Propagates_through_a_chain_of_non_null_fields_to_the_nearest_nullable_one()
    {
        var json = await RunAsync(Schema, "{ nest { syncNonNullNest { promiseNonNullNest { syncNonNullNest { syncReturnNullNonNull } } } } }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Cannot return null for non-nullable field DataType.syncReturnNullNonNull.',
              'locations':[{'line':1,'column':67}],
              'path':['nest','syncNonNullNest','promiseNonNullNest','syncNonNullNest','syncReturnNullNonNull']}],
             'data':{'nest':null}}
            """), json);
    }

    [Fact]
    public async Task Nulls_data_when_a_non_null_root_field_is_nulled()
    {
        var result = await ExecuteAsync(Schema, "{ nonNullNest { promiseReturnNullNonNull } nest { sync } }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var json = FactorHub.GraphQL.Execution.ExecutionResultJsonWriter.ToJson(result);
        Assert.Contains("\"data\":null", json);
        Assert.Contains("Cannot return null for non-nullable field DataType.promiseReturnNullNonNull.", json);
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_items_nulls_the_list()
    {
        var json = await RunAsync(Schema, "{ nest { list listOfNullable } }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Cannot return null for non-nullable field DataType.list.','locations':[{'line':1,'column':10}],'path':['nest','list',1]}],
             'data':{'nest':{'list':null,'listOfNullable':['a',null,'c']}}}
            """), json);
    }

    [Fact]
    public async Task A_null_item_in_a_non_null_list_nulls_the_parent_object()
    {
        var json = await RunAsync(Schema, "{ nest { sync nonNullListOfNonNull } }");
        Assert.Equal(Json("""
            {'errors':[
              {'message':'sync','locations':[{'line':1,'column':10}],'path':['nest','sync']},
              {'message':'Cannot return null for non-nullable field DataType.nonNullListOfNonNull.','locations':[{'line':1,'column':15}],'path':['nest','nonNullListOfNonNull',1]}],
             'data':{'nest':null}}
            """), json);
    }

    [Fact]
    public async Task Nullable_fields_returning_null_are_not_errors()
    {
        var json = await RunAsync(Schema, "{ nest { syncReturnNull } promiseNest { syncReturnNull } }");
        Assert.Equal(Json("{'data':{'nest':{'syncReturnNull':null},'promiseNest':{'syncReturnNull':null}}}"), json);
    }
}
