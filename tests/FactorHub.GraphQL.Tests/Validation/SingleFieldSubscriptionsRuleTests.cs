// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests : ValidationRuleTestBase
{
    public SingleFieldSubscriptionsRuleTests()
        : base(context => new SingleFieldSubscriptionsRule(context))
    {
    }

    [Fact]
    public void OneField() => ExpectValid(
        """
        subscription S { newDog { name } }
        """);

    [Fact]
    public void OneFieldWithFragment() => ExpectValid(
        """
        subscription S { ...F }

        fragment F on Subscription { newDog { name } }
        """);

    [Fact]
    public void SameFieldTwiceUnderOneResponseName() => ExpectValid(
        """
        subscription S {
          newDog { name }
          newDog { barks }
        }
        """);

    // graphql-js 16 evaluates @skip here and accepts the document; the September 2025 spec
    // (CollectSubscriptionFields) forbids @skip and @include on root selections.
    [Fact]
    public void SkipOnARootFieldIsRejectedAndTheFieldIsCounted() => ExpectErrors(
        """
        subscription S {
          newDog { name }
          newCat @skip(if: true) { name }
        }
        """,
        Error("Subscription \"S\" must not use @skip or @include directives in the top level selection.", (3, 10)),
        Error("Subscription \"S\" must select only one top level field.", (3, 3)));

    [Fact]
    public void IncludeWithAVariableInAFragmentIsRejected() => ExpectErrors(
        """
        subscription($on: Boolean!) {
          ...F
        }

        fragment F on Subscription {
          newDog @include(if: $on) { name }
        }
        """,
        Error("Anonymous Subscription must not use @skip or @include directives in the top level selection.", (6, 10)));

    [Fact]
    public void DirectivesOnSubFieldsAreAllowed() => ExpectValid(
        """
        subscription S($on: Boolean!) {
          newDog {
            name @include(if: $on)
            barks @skip(if: true)
          }
        }
        """);

    [Fact]
    public void NoSubscriptionTypeIsLeftToOperationTypeExistence() =>
        ExpectErrorsWith(
            TestSchema.QueryOnly,
            """
            subscription S {
              a
              b
            }
            """,
            null);

    [Fact]
    public void MoreThanOneField() => ExpectErrors(
        """
        subscription Pets {
          newDog { name }
          newCat { name }
          another: newDog { barks }
        }
        """,
        Error("Subscription \"Pets\" must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void MoreThanOneFieldViaFragmentInAnonymousSubscription() => ExpectErrors(
        """
        subscription {
          newDog { name }
          ...F
        }

        fragment F on Subscription { newCat { name } }
        """,
        Error("Anonymous Subscription must select only one top level field.", (6, 30)));

    [Fact]
    public void IntrospectionField() => ExpectErrors(
        """
        subscription S {
          __typename
        }
        """,
        Error("Subscription \"S\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void AnonymousIntrospectionField() => ExpectErrors(
        """
        subscription {
          __schema { queryType { name } }
        }
        """,
        Error("Anonymous Subscription must not select an introspection top level field.", (2, 3)));
}
