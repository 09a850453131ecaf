// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class DirectivesInValidLocationsRuleTests : ValidationRuleTestBase
{
    public DirectivesInValidLocationsRuleTests()
        : base(context => new DirectivesInValidLocationsRule(context))
    {
    }

    [Fact]
    public void WellPlacedDirectives() => ExpectValid(
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          human @include(if: $var) {
            name
          }
          ...Frag @onFragmentSpread
          ... @onInlineFragment { dog { name } }
        }

        fragment Frag on Query @onFragmentDefinition { cat { name @onField } }

        subscription S @onSubscription { newDog { name } }
        """);

    [Fact]
    public void MisplacedDirectives() => ExpectErrors(
        """
        query Foo($var: Boolean @onQuery) @include(if: true) {
          name @onQuery @include(if: $var)
          ...Frag @onQuery
        }

        mutation Bar @onQuery {
          someField
        }

        fragment Frag on Query @onField { dog { name } }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
        Error("Directive \"@include\" may not be used on QUERY.", (1, 35)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (6, 14)),
        Error("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", (10, 24)));

    [Fact]
    public void DirectiveOnInlineFragmentAndSubscription() => ExpectErrors(
        """
        subscription S @onQuery {
          newDog {
            ... on Dog @onField { name }
          }
        }
        """,
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (1, 16)),
        Error("Directive \"@onField\" may not be used on INLINE_FRAGMENT.", (3, 16)));

    [Fact]
    public void UnknownDirectivesAreNotReportedHere() => ExpectValid(
        """
        { dog @unknown { name } }
        """);
}
