using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Validation;
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class MaxDepthRuleTests : ValidationRuleTestBase
{
    private const string DeepQuery = """
        query Deep {
          human {
            pets {
              name
            }
          }
        }
        """;

    public MaxDepthRuleTests()
        : base(MaxDepthRule.Create(2))
    {
    }

    [Fact]
    public void WithinTheLimit() => ExpectValid(
        """
        {
          dog { name }
          human { name }
        }
        """);

    [Fact]
    public void DeeperThanTheLimitPointsAtTheFirstFieldBeyondIt() => ExpectErrors(
        DeepQuery,
        Error("The operation \"Deep\" has a depth of 3, which exceeds the maximum allowed depth of 2.", (4, 7)));

    [Fact]
    public void FragmentsAddTheDepthOfTheirSelections() => ExpectErrors(
        """
        {
          dog {
            ...Parents
          }
        }

        fragment Parents on Dog {
          mother {
            father {
              name
            }
          }
        }
        """,
        Error("The anonymous operation has a depth of 4, which exceeds the maximum allowed depth of 2.", (9, 5)));

    [Fact]
    public void InlineFragmentsAddNoDepth() => ExpectValid(
        """
        {
          pet {
            ... on Dog {
              ... {
                name
              }
            }
          }
        }
        """);

    [Fact]
    public void FragmentCyclesTerminate() => ExpectErrors(
        """
        { dog { ...A } }

        fragment A on Dog { mother { ...A father { name } } }
        """,
        Error("The anonymous operation has a depth of 4, which exceeds the maximum allowed depth of 2.", (3, 35)));

    [Fact]
    public void ErrorCarriesCodeAndFigures()
    {
        var errors = Validator.Validate(TestSchema.Schema, Parser.Parse(DeepQuery), options: new ValidationOptions { MaxDepth = 2 });

        var error = Assert.Single(errors);
        Assert.NotNull(error.Extensions);
        Assert.Equal("DEPTH_LIMIT_EXCEEDED", error.Extensions["code"]);
        Assert.Equal(3, error.Extensions["depth"]);
        Assert.Equal(2, error.Extensions["maxDepth"]);
    }

    [Fact]
    public void OptionsAddTheRuleToTheSpecifiedRules()
    {
        var document = Parser.Parse(DeepQuery);

        Assert.Empty(Validator.Validate(TestSchema.Schema, document));
        Assert.Empty(Validator.Validate(TestSchema.Schema, document, options: new ValidationOptions { MaxDepth = 3 }));
        Assert.Single(Validator.Validate(TestSchema.Schema, document, options: new ValidationOptions { MaxDepth = 2 }));
    }
}
