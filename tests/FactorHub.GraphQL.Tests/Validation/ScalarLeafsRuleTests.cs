// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests : ValidationRuleTestBase
{
    public ScalarLeafsRuleTests()
        : base(context => new ScalarLeafsRule(context))
    {
    }

    [Fact]
    public void ValidScalarSelection() => ExpectValid(
        """
        fragment F on Dog {
          barks
        }
        """);

    [Fact]
    public void ObjectTypeMissingSelection() => ExpectErrors(
        """
        query Q {
          human
        }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void InterfaceTypeMissingSelection() => ExpectErrors(
        """
        {
          human { pets }
        }
        """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));

    [Fact]
    public void NonNullListOfObjectsMissingSelection() => ExpectErrors(
        """
        {
          human { relatives }
        }
        """,
        Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 11)));

    [Fact]
    public void ValidScalarSelectionWithArgs() => ExpectValid(
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void ScalarSelectionNotAllowedOnBoolean() => ExpectErrors(
        """
        fragment F on Dog {
          barks { sinceWhen }
        }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));

    [Fact]
    public void ScalarSelectionNotAllowedOnEnum() => ExpectErrors(
        """
        fragment F on Cat {
          furColor { inHexDec }
        }
        """,
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));

    [Fact]
    public void ScalarSelectionWithDirectivesAndArgs() => ExpectErrors(
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
        }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)));
}
