using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>§6.2.2 Mutation: root fields execute serially (graphql-js execution/mutations-test).</summary>
public class MutationsTests
{
    [Fact]
    public async Task Root_mutation_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var gates = new Dictionary<int, TaskCompletionSource<object?>>();
        FieldResolver change = ctx =>
        {
            var n = ctx.GetArgument<int>("n");
            log.Add($"start {n}");
            var gate = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gates) gates[n] = gate;
            return new ValueTask<object?>(gate.Task.ContinueWith(_ => { log.Add($"end {n}"); return (object?)n; }, TaskScheduler.Default));
        };
        var mutation = Object("Mutation", Field("change", Scalars.Int, change, Arg("n", Scalars.Int)));
        var schema = new GraphQLSchema(Object("Query", Field("x", Scalars.Int)), mutation);

        var execution = ExecuteAsync(schema, "mutation { first: change(n: 1) second: change(n: 2) third: change(n: 3) }");
        for (var n = 1; n <= 3; n++)
        {
            // Each resolver starts only once the previous one finished: release them one by one.
            TaskCompletionSource<object?>? gate = null;
            while (gate is null)
            {
                lock (gates) gates.TryGetValue(n, out gate);
                if (gate is null) await Task.Delay(1);
            }
            lock (gates) Assert.Equal(n, gates.Count);
            gate.SetResult(null);
        }
        var result = await execution;
        Assert.Equal(Json("{'data':{'first':1,'second':2,'third':3}}"), FactorHub.GraphQL.Execution.ExecutionResultJsonWriter.ToJson(result));
        Assert.Equal(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"], log);
    }

    [Fact]
    public async Task A_failing_mutation_does_not_stop_the_next_one()
    {
        var mutation = Object("Mutation",
            Field("fail", Scalars.Int, _ => throw new FactorHub.GraphQL.Error.GraphQLError("cannot do that")),
            Field("ok", Scalars.Int, _ => 1));
        var schema = new GraphQLSchema(Object("Query", Field("x", Scalars.Int)), mutation);
        Assert.Equal(Json("""
            {'errors':[{'message':'cannot do that','locations':[{'line':1,'column':12}],'path':['fail']}],'data':{'fail':null,'ok':1}}
            """), await RunAsync(schema, "mutation { fail ok }"));
    }

    [Fact]
    public async Task A_schema_without_mutations_refuses_them_as_a_request_error()
    {
        var schema = new GraphQLSchema(Object("Query", Field("x", Scalars.Int)));
        var result = await ExecuteAsync(schema, "mutation { x }");
        Assert.False(result.HasData);
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors!).Message);
    }
}
