// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests : ValidationRuleTestBase
{
    public UniqueOperationNamesRuleTests()
        : base(context => new UniqueOperationNamesRule(context))
    {
    }

    [Fact]
    public void NoOperations() => ExpectValid(
        """
        fragment F on Dog { name }
        """);

    [Fact]
    public void OneAnonymousOperation() => ExpectValid(
        """
        { dog { name } }
        """);

    [Fact]
    public void MultipleOperationsOfDifferentNames() => ExpectValid(
        """
        query Foo { dog { name } }

        query Bar { cat { name } }
        """);

    [Fact]
    public void FragmentAndOperationNamedTheSame() => ExpectValid(
        """
        query Foo { dog { ...Foo } }

        fragment Foo on Dog { name }
        """);

    [Fact]
    public void MultipleOperationsOfSameName() => ExpectErrors(
        """
        query Foo { dog { name } }

        query Foo { cat { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 7)));

    [Fact]
    public void MultipleOperationsOfSameNameOfDifferentTypes() => ExpectErrors(
        """
        query Foo { dog { name } }

        subscription Foo { newDog { name } }

        mutation Foo { removeDog }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (5, 10)));
}
