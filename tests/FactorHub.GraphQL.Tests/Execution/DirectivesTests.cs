using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>@skip (§3.13.1) and @include (§3.13.2) in CollectFields (graphql-js execution/directives-test).</summary>
public class DirectivesTests
{
    private static readonly GraphQLSchema Schema = new(Object("TestType", Field("a", Scalars.String, _ => "a"), Field("b", Scalars.String, _ => "b")));

    private static Task<string> Run(string query, bool? flag = null) =>
        RunAsync(Schema, query, flag is null ? null : new Dictionary<string, object?> { ["flag"] = flag });

    [Theory]
    [InlineData("{ a, b @include(if: true) }", "{'data':{'a':'a','b':'b'}}")]
    [InlineData("{ a, b @include(if: false) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a, b @skip(if: true) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a, b @skip(if: false) }", "{'data':{'a':'a','b':'b'}}")]
    [InlineData("{ a, b @include(if: true) @skip(if: true) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a, b @include(if: false) @skip(if: false) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a ... on TestType @skip(if: true) { b } }", "{'data':{'a':'a'}}")]
    [InlineData("{ a ... @include(if: true) { b } }", "{'data':{'a':'a','b':'b'}}")]
    [InlineData("{ a ...Frag @skip(if: true) } fragment Frag on TestType { b }", "{'data':{'a':'a'}}")]
    [InlineData("{ a ...Frag @include(if: true) } fragment Frag on TestType { b }", "{'data':{'a':'a','b':'b'}}")]
    public async Task Literal_conditions(string query, string expected) =>
        Assert.Equal(Json(expected), await Run(query));

    [Fact]
    public async Task Variable_conditions_are_evaluated_per_execution_of_the_same_document()
    {
        const string query = "query ($flag: Boolean!) { a b @include(if: $flag) }";
        var document = FactorHub.GraphQL.Language.Parser.Parse(query);
        async Task<string> Exec(bool flag) => FactorHub.GraphQL.Execution.ExecutionResultJsonWriter.ToJson(
            await FactorHub.GraphQL.Execution.Executor.ExecuteAsync(new FactorHub.GraphQL.Execution.ExecutionRequest
            {
                Schema = Schema,
                Document = document,
                VariableValues = new Dictionary<string, object?> { ["flag"] = flag },
            }));
        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), await Exec(true));
        Assert.Equal(Json("{'data':{'a':'a'}}"), await Exec(false));
        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), await Exec(true));
    }

    [Fact]
    public async Task Fields_merge_in_first_occurrence_order_and_fragments_are_visited_once()
    {
        Assert.Equal(Json("{'data':{'x':'b','a':'a','y':'a'}}"), await Run("{ x: b ...F y: a ...F a } fragment F on TestType { a }"));
    }
}
