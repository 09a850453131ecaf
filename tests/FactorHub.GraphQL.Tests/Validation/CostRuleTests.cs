using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using FactorHub.GraphQL.Validation;
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class CostRuleTests
{
    private static readonly Lazy<GraphQLSchema> LazySchema = new(() =>
    {
        var schema = BuildAstSchema.BuildSchema("""
            type Query {
              factors(first: Int, last: Int, after: String): FactorConnection
              factor(code: String!): Factor
              tags: [String]
              expensive: Int
              paged(first: Int = 25): [Factor]
            }

            type FactorConnection {
              totalCount: Int
              nodes: [Factor]
            }

            type Factor {
              code: String
              value: Float
              versions(first: Int): [Version]
            }

            type Version {
              number: Int
            }
            """);
        ((GraphQLObjectType)schema.GetType("Query")!).GetField("expensive")!.Metadata[MetadataKeys.Cost] = 10;
        return schema;
    });

    private static GraphQLSchema Schema => LazySchema.Value;

    [Theory]
    [InlineData("{ factor(code: \"x\") { code value } }", 1)]
    [InlineData("{ tags expensive }", 11)]
    [InlineData("{ paged { code } }", 25)]
    [InlineData("{ paged(first: 2) { code } }", 2)]
    [InlineData("{ factors(first: 50) { totalCount nodes { code versions(first: 10) { number } } } }", 600)]
    [InlineData("{ factors(first: 5, last: 7) { nodes { code } } }", 14)]
    [InlineData("{ factors(first: -3) { nodes { code } } }", 0)]
    [InlineData("{ a: factor(code: \"a\") { ...F } b: factor(code: \"b\") { ...F } } fragment F on Factor { versions(first: 5) { number } }", 12)]
    [InlineData("{ __typename factor(code: \"x\") { __typename } }", 1)]
    public void ComputesTheDocumentedCost(string query, long expected)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();

        Assert.Equal(expected, CostRule.ComputeCost(Schema, document, operation));
    }

    [Fact]
    public void PageSizeFromVariablesThenDefaultsThenOne()
    {
        var document = Parser.Parse("""
            query WithVar($n: Int) { factors(first: $n) { nodes { code } } }
            query WithDefault($n: Int = 20) { factors(first: $n) { nodes { code } } }
            """);
        var withVar = document.Definitions.OfType<OperationDefinitionNode>().First();
        var withDefault = document.Definitions.OfType<OperationDefinitionNode>().Last();

        // Variables arrive from JSON as decimals (or doubles).
        Assert.Equal(200, CostRule.ComputeCost(Schema, document, withVar, new Dictionary<string, object?> { ["n"] = 100m }));
        Assert.Equal(2, CostRule.ComputeCost(Schema, document, withVar));
        Assert.Equal(40, CostRule.ComputeCost(Schema, document, withDefault));
        Assert.Equal(6, CostRule.ComputeCost(Schema, document, withDefault, new Dictionary<string, object?> { ["n"] = 3.0 }));
    }

    [Fact]
    public void HugePageSizesSaturateInsteadOfOverflowing()
    {
        var document = Parser.Parse("{ factors(first: 99999999999999999999) { nodes { versions(first: 2147483647) { number } } } }");
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();

        Assert.Equal(long.MaxValue, CostRule.ComputeCost(Schema, document, operation));
    }

    [Fact]
    public void OverTheLimitIsRejectedWithCodeAndFigures()
    {
        var document = Parser.Parse("""
            query Big {
              factors(first: 50) { nodes { code } }
            }
            """);

        var errors = Validator.Validate(Schema, document, [CostRule.Create(99)]);

        var error = Assert.Single(errors);
        Assert.Equal("The operation \"Big\" has a cost of 100, which exceeds the maximum allowed cost of 99.", error.Message);
        Assert.Equal(new[] { new SourceLocation(1, 1) }, error.Locations);
        Assert.NotNull(error.Extensions);
        Assert.Equal("COST_LIMIT_EXCEEDED", error.Extensions["code"]);
        Assert.Equal(100L, error.Extensions["cost"]);
        Assert.Equal(99L, error.Extensions["maxCost"]);
    }

    [Fact]
    public void AtTheLimitIsAccepted()
    {
        var document = Parser.Parse("query Big { factors(first: 50) { nodes { code } } }");

        Assert.Empty(Validator.Validate(Schema, document, [CostRule.Create(100)]));
    }

    [Fact]
    public void OptionsAddTheRuleAndPassVariables()
    {
        var document = Parser.Parse("query Q($n: Int) { factors(first: $n) { nodes { code } } }");
        var variables = new Dictionary<string, object?> { ["n"] = 1000m };

        Assert.Empty(Validator.Validate(Schema, document, options: new ValidationOptions { MaxCost = 100 }));
        var error = Assert.Single(Validator.Validate(Schema, document, options: new ValidationOptions { MaxCost = 100, Variables = variables }));
        Assert.Equal("The operation \"Q\" has a cost of 2000, which exceeds the maximum allowed cost of 100.", error.Message);
    }

    [Fact]
    public void AnonymousOperationMessage()
    {
        var errors = Validator.Validate(Schema, Parser.Parse("{ expensive }"), [CostRule.Create(5)]);

        Assert.Equal("The anonymous operation has a cost of 10, which exceeds the maximum allowed cost of 5.", Assert.Single(errors).Message);
    }
}
