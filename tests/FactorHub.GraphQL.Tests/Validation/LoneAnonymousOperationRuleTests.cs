// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests : ValidationRuleTestBase
{
    public LoneAnonymousOperationRuleTests()
        : base(context => new LoneAnonymousOperationRule(context))
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
    public void MultipleNamedOperations() => ExpectValid(
        """
        query A { dog { name } }
        query B { cat { name } }
        """);

    [Fact]
    public void AnonymousOperationWithFragment() => ExpectValid(
        """
        { dog { ...F } }

        fragment F on Dog { name }
        """);

    [Fact]
    public void MultipleAnonymousOperations() => ExpectErrors(
        """
        { dog { name } }

        { cat { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (3, 1)));

    [Fact]
    public void AnonymousOperationWithASubscription() => ExpectErrors(
        """
        { dog { name } }

        subscription S { newDog { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
