// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests : ValidationRuleTestBase
{
    public UniqueDirectivesPerLocationRuleTests()
        : base(context => new UniqueDirectivesPerLocationRule(context))
    {
    }

    [Fact]
    public void NoDirectives() => ExpectValid(
        """
        fragment F on Dog { name }
        """);

    [Fact]
    public void UniqueDirectivesInDifferentLocations() => ExpectValid(
        """
        fragment F on Dog @onFragmentDefinition {
          name @onField
        }
        """);

    [Fact]
    public void SameDirectivesInDifferentLocations() => ExpectValid(
        """
        fragment F on Dog @repeatable {
          name @repeatable
          nickname @onField
          barks @onField
        }
        """);

    [Fact]
    public void RepeatableDirectivesInSameLocation() => ExpectValid(
        """
        fragment F on Dog @repeatable @repeatable {
          name @repeatable @repeatable
        }
        """);

    [Fact]
    public void UnknownDirectivesAreIgnored() => ExpectValid(
        """
        fragment F on Dog {
          name @unknown @unknown
        }
        """);

    [Fact]
    public void DuplicateDirectivesInOneLocation() => ExpectErrors(
        """
        fragment F on Dog {
          name @onField @onField
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 17)));

    [Fact]
    public void ManyDuplicateDirectivesInOneLocation() => ExpectErrors(
        """
        fragment F on Dog {
          name @onField @onField @onField
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 17)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 26)));

    [Fact]
    public void DifferentDuplicateDirectivesInOneLocation() => ExpectErrors(
        """
        fragment F on Dog {
          name @onField @skip(if: true) @onField @skip(if: false)
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 33)),
        Error("The directive \"@skip\" can only be used once at this location.", (2, 17), (2, 42)));

    [Fact]
    public void DuplicateDirectivesInManyLocations() => ExpectErrors(
        """
        fragment F on Dog @onFragmentDefinition @onFragmentDefinition {
          name @onField @onField
        }
        """,
        Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 19), (1, 41)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 17)));
}
