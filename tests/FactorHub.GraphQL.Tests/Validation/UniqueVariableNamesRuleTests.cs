// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests : ValidationRuleTestBase
{
    public UniqueVariableNamesRuleTests()
        : base(context => new UniqueVariableNamesRule(context))
    {
    }

    [Fact]
    public void UniqueVariableNames() => ExpectValid(
        """
        query A($x: Int, $y: String) { dog { name } }
        query B($x: String, $y: Int) { dog { name } }
        """);

    [Fact]
    public void DuplicateVariableNames() => ExpectErrors(
        """
        query A($x: Int, $x: Int, $x: String) { dog { name } }
        query B($x: String, $y: Int, $x: Int) { dog { name } }
        query C($x: Int, $x: Int) { dog { name } }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$x\".", (2, 10), (2, 31)),
        Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
}
