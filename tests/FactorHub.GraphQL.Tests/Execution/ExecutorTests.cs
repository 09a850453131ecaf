using FactorHub.GraphQL.DataLoader;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>Executor behaviour beyond the spec's algorithms: overlap, masking, cancellation, authorization, operations.</summary>
public class ExecutorTests
{
    [Fact]
    public async Task Response_keys_follow_selection_order_with_aliases_and_typename()
    {
        var schema = new GraphQLSchema(Object("Query", Field("a", Scalars.String, _ => "A"), Field("b", Scalars.Int, _ => 2)));
        Assert.Equal(Json("{'data':{'z':2,'__typename':'Query','a':'A','y':'A'}}"), await RunAsync(schema, "{ z: b __typename a y: a }"));
    }

    [Fact]
    public async Task Default_resolver_reads_dictionaries_and_properties_case_insensitively()
    {
        var inner = Object("Inner", Field("code", Scalars.String), Field("value", Scalars.Decimal), Field("callback", Scalars.String));
        var schema = new GraphQLSchema(Object("Query",
            Field("record", inner, _ => new { Code = "ELEC", Value = 0.5810m, callback = (Func<string>)(() => "invoked") }),
            Field("map", inner, _ => new Dictionary<string, object?> { ["code"] = "MAP", ["value"] = 1.20m })));
        var result = await ExecuteAsync(schema, "{ record { code value } map { code value } }");
        Assert.Equal(Json("{'data':{'record':{'code':'ELEC','value':0.5810},'map':{'code':'MAP','value':1.20}}}"), ExecutionResultJsonWriter.ToJson(result));
        // A delegate is a value, not something to call: String cannot serialize it.
        var callback = await ExecuteAsync(schema, "{ record { callback } }");
        Assert.DoesNotContain("invoked", ExecutionResultJsonWriter.ToJson(callback));
    }

    [Fact]
    public async Task Independent_async_resolvers_run_concurrently()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FieldResolver slow = async ctx =>
        {
            if (Interlocked.Increment(ref started) == 2) bothStarted.SetResult();
            // Each resolver waits for the other to have started: this completes only if they overlap.
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return ctx.FieldDefinition.Name;
        };
        var schema = new GraphQLSchema(Object("Query", Field("one", Scalars.String, slow), Field("two", Scalars.String, slow)));
        Assert.Equal(Json("{'data':{'one':'one','two':'two'}}"), await RunAsync(schema, "{ one two }"));
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked_unless_details_are_exposed()
    {
        var schema = new GraphQLSchema(Object("Query",
            Field("boom", Scalars.String, _ => throw new InvalidOperationException("connection string Password=secret")),
            Field("known", Scalars.String, _ => throw new GraphQLError("Factor not found.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotFound }))));
        Assert.Equal(Json("""
            {'errors':[
              {'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},
              {'message':'Factor not found.','locations':[{'line':1,'column':8}],'path':['known'],'extensions':{'code':'NOT_FOUND'}}],
             'data':{'boom':null,'known':null}}
            """), await RunAsync(schema, "{ boom known }"));
        var exposed = await RunAsync(schema, "{ boom }", options: new ExecutionOptions { ExposeExceptionDetails = true });
        Assert.Contains("\"message\":\"connection string Password=secret\"", exposed);
        Assert.Contains("\"code\":\"INTERNAL_SERVER_ERROR\"", exposed);
    }

    [Fact]
    public async Task Cancellation_stops_the_execution()
    {
        using var cts = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FieldResolver wait = async ctx =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return "never";
        };
        var schema = new GraphQLSchema(Object("Query", Field("wait", Scalars.String, wait)));
        var execution = ExecuteAsync(schema, "{ wait }", cancellationToken: cts.Token);
        await started.Task;
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    private sealed class PolicyAuthorizer(params string[] granted) : IFieldAuthorizer
    {
        public List<string> Seen { get; } = [];

        public async ValueTask<FieldAuthorizationResult> AuthorizeAsync(IResolveFieldContext context, IReadOnlyList<string> policies)
        {
            Seen.Add($"{context.ParentType.Name}.{context.FieldDefinition.Name}");
            if (policies.Contains("slow")) await Task.Yield();
            if (context.User is null && policies.Contains("signed-in")) return FieldAuthorizationResult.Unauthenticated();
            return policies.All(granted.Contains) ? FieldAuthorizationResult.Success : FieldAuthorizationResult.Forbidden();
        }
    }

    [Fact]
    public async Task Fields_with_authorize_metadata_go_through_the_authorizer()
    {
        var secret = Field("secret", NonNull(Scalars.String), _ => "s3cret");
        secret.Metadata[MetadataKeys.Authorize] = "curator";
        var slowOk = Field("slowOk", Scalars.String, _ => "ok");
        slowOk.Metadata[MetadataKeys.Authorize] = new[] { "slow", "reader" };
        var mine = Field("mine", Scalars.String, _ => "mine");
        mine.Metadata[MetadataKeys.Authorize] = "signed-in";
        var holder = Object("Holder", secret, Field("open", Scalars.String, _ => "open"));
        var schema = new GraphQLSchema(Object("Query", Field("holder", holder, _ => new object()), slowOk, mine));

        var authorizer = new PolicyAuthorizer("reader", "slow");
        var result = await ExecuteAsync(schema, "{ holder { open secret } slowOk mine }", authorizer: authorizer);
        Assert.Equal(Json("""
            {'errors':[
              {'message':'The current user is not authorized to access "Holder.secret".','locations':[{'line':1,'column':17}],'path':['holder','secret'],'extensions':{'code':'FORBIDDEN'}},
              {'message':'Authentication is required to access "Query.mine".','locations':[{'line':1,'column':33}],'path':['mine'],'extensions':{'code':'UNAUTHENTICATED'}}],
             'data':{'holder':null,'slowOk':'ok','mine':null}}
            """), ExecutionResultJsonWriter.ToJson(result));
        Assert.Equal(["Holder.secret", "Query.slowOk", "Query.mine"], authorizer.Seen);

        var noAuthorizer = await ExecuteAsync(schema, "{ slowOk }");
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(noAuthorizer.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task Operation_selection_follows_GetOperation()
    {
        var schema = new GraphQLSchema(Object("Query", Field("a", Scalars.String, _ => "a")));
        const string two = "query A { a } query B { b: a }";
        Assert.Equal(Json("{'data':{'b':'a'}}"), await RunAsync(schema, two, operationName: "B"));
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single((await ExecuteAsync(schema, two)).Errors!).Message);
        Assert.Equal("Unknown operation named \"C\".", Assert.Single((await ExecuteAsync(schema, two, operationName: "C")).Errors!).Message);
        Assert.Equal("Must provide an operation.", Assert.Single((await ExecuteAsync(schema, "fragment F on Query { a }")).Errors!).Message);
    }

    private sealed record Person(int Id, int[] FriendIds);

    [Fact]
    public async Task DataLoader_batches_one_fetch_per_level_of_a_nested_list()
    {
        var people = Enumerable.Range(1, 9).ToDictionary(i => i, i => new Person(i, [(i % 9) + 1, ((i + 1) % 9) + 1]));
        var batches = new List<int[]>();
        var scheduler = new DataLoaderScheduler();
        var loader = new BatchDataLoader<int, Person>(scheduler, async (ids, ct) =>
        {
            await Task.Delay(5, ct); // a real fetch completes asynchronously
            lock (batches) batches.Add([.. ids.Order()]);
            return ids.ToDictionary(id => id, id => people[id]);
        });
        var person = new GraphQLObjectType("Person");
        person.AddField("id", Scalars.Int);
        person.AddField(Field("friends", List(person), async ctx =>
            (object?)await loader.LoadAsync(((Person)ctx.Source!).FriendIds)));
        var schema = new GraphQLSchema(Object("Query",
            Field("people", List(person), async ctx => (object?)await loader.LoadAsync([1, 2, 3]))));

        var result = await ExecuteAsync(schema, "{ people { id friends { id friends { id } } } }", scheduler: scheduler);
        Assert.Null(result.Errors);
        // Level 1 loads 1,2,3; level 2 needs 2..5 of which 4,5 are new; level 3 needs 3..7 of which 6,7 are new.
        Assert.Equal([[1, 2, 3], [4, 5], [6, 7]], batches);
        Assert.Contains("\"friends\":[{\"id\":2,\"friends\":[{\"id\":3},{\"id\":4}]}", ExecutionResultJsonWriter.ToJson(result));
    }
}
