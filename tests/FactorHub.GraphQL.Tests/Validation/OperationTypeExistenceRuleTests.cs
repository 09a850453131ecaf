// graphql-js 16 has no such rule: the message is graphql-js 17's (KnownOperationTypesRule).
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class OperationTypeExistenceRuleTests : ValidationRuleTestBase
{
    public OperationTypeExistenceRuleTests()
        : base(context => new OperationTypeExistenceRule(context))
    {
    }

    [Fact]
    public void QueryOperation() => ExpectValid(
        """
        query Q {
          dog { name }
        }
        """);

    [Fact]
    public void ShorthandQuery() => ExpectValid(
        """
        { dog { name } }
        """);

    [Fact]
    public void SubscriptionWhenTheSchemaHasASubscriptionType() => ExpectValid(
        """
        subscription S {
          newDog { name }
        }
        """);

    [Fact]
    public void MutationWithoutMutationType() => ExpectErrors(
        """
        mutation M {
          addDog { name }
        }
        """,
        Error("The mutation operation is not supported by the schema.", (1, 1)));

    [Fact]
    public void AnonymousMutationAmongQueries() => ExpectErrors(
        """
        query Q { dog { name } }

        mutation {
          addDog { name }
        }

        mutation Other { removeDog }
        """,
        Error("The mutation operation is not supported by the schema.", (3, 1)),
        Error("The mutation operation is not supported by the schema.", (7, 1)));

    [Fact]
    public void SubscriptionWithoutSubscriptionType() =>
        ExpectErrorsWith(
            TestSchema.QueryOnly,
            """
            query Q { a }

            subscription S { b }
            """,
            null,
            Error("The subscription operation is not supported by the schema.", (3, 1)));
}
