// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests : ValidationRuleTestBase
{
    public UniqueArgumentNamesRuleTests()
        : base(context => new UniqueArgumentNamesRule(context))
    {
    }

    [Fact]
    public void NoArguments() => ExpectValid(
        """
        { dog { name } }
        """);

    [Fact]
    public void SameArgumentOnTwoFields() => ExpectValid(
        """
        {
          dog { isAtLocation(x: 1) }
          cat { name(surname: true) }
          d2: dog { isAtLocation(x: 1) }
        }
        """);

    [Fact]
    public void MultipleDistinctArguments() => ExpectValid(
        """
        {
          dog { isAtLocation(x: 1, y: 2) }
        }
        """);

    [Fact]
    public void DuplicateFieldArguments() => ExpectErrors(
        """
        {
          dog { isAtLocation(x: 1, x: 2) }
        }
        """,
        Error("There can be only one argument named \"x\".", (2, 22), (2, 28)));

    [Fact]
    public void ManyDuplicateFieldArguments() => ExpectErrors(
        """
        {
          dog { isAtLocation(x: 1, x: 2, x: 3) }
        }
        """,
        Error("There can be only one argument named \"x\".", (2, 22), (2, 28), (2, 34)));

    [Fact]
    public void DuplicateDirectiveArguments() => ExpectErrors(
        """
        {
          dog @skip(if: true, if: false) { name }
        }
        """,
        Error("There can be only one argument named \"if\".", (2, 13), (2, 23)));
}
