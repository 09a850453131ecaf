using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Validation;

namespace FactorHub.GraphQL.Tests.Conformance;

/// <summary>Sanity checks of the zoo itself, in process: the schema builds and a document runs end to end.</summary>
public class ZooExecutionTests
{
    [Fact]
    public async Task Zoo_resolves_references_arguments_and_abstract_types()
    {
        var zoo = ZooSchema.Load(NodeHarness.ConformanceDirectory);
        var document = Parser.Parse("""
            { dog { name keeper { name animals(first: 2) { __typename name } } doesKnowCommand(command: HEEL) }
              animalBy(key: { name: "Mia" }) { id mother { name } } }
            """);
        Assert.Empty(Validator.Validate(zoo.Schema, document));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = zoo.Schema, Document = document, RootValue = zoo.RootValue });

        Assert.Null(result.Errors);
        Assert.Equal(
            """{"data":{"dog":{"name":"Rex","keeper":{"name":"Ada","animals":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom"}]},"doesKnowCommand":true},"animalBy":{"id":"c2","mother":{"name":"Tom"}}}}""",
            ExecutionResultJsonWriter.ToJson(result));
    }
}
