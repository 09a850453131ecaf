using System.Text.Json;
using System.Text.Json.Nodes;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Tests.Conformance;
using FactorHub.GraphQL.Tests.Utilities;
using FactorHub.GraphQL.Utilities;
using Xunit.Abstractions;

namespace FactorHub.GraphQL.Tests.Types;

/// <summary>
/// Introspection executed end to end: graphql-js 16's getIntrospectionQuery (with every option, and without options)
/// run by our executor over our schema must produce the same JSON, byte for byte after normalisation, as graphql-js
/// produces for the same SDL (scripts/graphql-js-introspect.mjs).
/// </summary>
public class IntrospectionExecutionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases => new()
    {
        { "kitchen-sink", "all" },
        { "kitchen-sink", "default" },
        { "zoo", "all" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GetIntrospectionQuery_result_matches_graphql_js(string schemaName, string options)
    {
        var sdlFile = schemaName == "zoo"
            ? Path.Combine(NodeHarness.ConformanceDirectory, "schema.graphql")
            : Path.Combine(TestFiles.Directory, "TestData", "kitchen-sink.graphql");
        var node = await NodeHarness.RunAsync(TestFiles.Script("graphql-js-introspect.mjs"), sdlFile, options);
        node.AssertSucceeded();
        var expected = JsonNode.Parse(node.StandardOutput)!;
        var query = expected["query"]!.GetValue<string>();

        var schema = BuildAstSchema.BuildSchema(File.ReadAllText(sdlFile));
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query) });
        var actualJson = JsonNode.Parse(ExecutionResultJsonWriter.ToJson(result))!.ToJsonString();
        var expectedJson = expected["result"]!.ToJsonString();

        if (actualJson != expectedJson)
        {
            output.WriteLine(FirstDifference(expectedJson, actualJson));
        }

        Assert.Equal(expectedJson, actualJson);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 300);
        return $"first difference at {i}:\nexpected …{expected[start..Math.Min(expected.Length, i + 200)]}\nactual   …{actual[start..Math.Min(actual.Length, i + 200)]}";
    }
}
