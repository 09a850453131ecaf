// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests : ValidationRuleTestBase
{
    public NoFragmentCyclesRuleTests()
        : base(context => new NoFragmentCyclesRule(context))
    {
    }

    [Fact]
    public void SingleReferenceIsValid() => ExpectValid(
        """
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void SpreadingTwiceIsNotCircular() => ExpectValid(
        """
        fragment A on Dog { ...B, ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void SpreadingTwiceIndirectlyIsNotCircular() => ExpectValid(
        """
        fragment A on Dog { ...B, ...C }
        fragment B on Dog { ...C }
        fragment C on Dog { name }
        """);

    [Fact]
    public void DoubleSpreadWithinAbstractTypes() => ExpectValid(
        """
        fragment nameFragment on Pet {
          ... on Dog { name }
          ... on Cat { name }
        }

        fragment spreadsInAnon on Pet {
          ... on Dog { ...nameFragment }
          ... on Cat { ...nameFragment }
        }
        """);

    [Fact]
    public void DoesNotFalsePositiveOnUnknownFragment() => ExpectValid(
        """
        fragment nameFragment on Pet {
          ...UnknownFragment
        }
        """);

    [Fact]
    public void SpreadingRecursivelyWithinFieldFails() => ExpectErrors(
        """
        fragment F on Human { relatives { ...F } }
        """,
        Error("Cannot spread fragment \"F\" within itself.", (1, 35)));

    [Fact]
    public void NoSpreadingItselfDirectly() => ExpectErrors(
        """
        fragment F on Dog { ...F }
        """,
        Error("Cannot spread fragment \"F\" within itself.", (1, 21)));

    [Fact]
    public void NoSpreadingItselfDirectlyWithinInlineFragment() => ExpectErrors(
        """
        fragment F on Pet {
          ... on Dog {
            ...F
          }
        }
        """,
        Error("Cannot spread fragment \"F\" within itself.", (3, 5)));

    [Fact]
    public void NoSpreadingItselfIndirectly() => ExpectErrors(
        """
        fragment A on Dog { ...B }
        fragment B on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)));

    [Fact]
    public void NoSpreadingItselfDeeply() => ExpectErrors(
        """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...O }
        fragment X on Dog { ...Y }
        fragment Y on Dog { ...Z }
        fragment Z on Dog { ...O }
        fragment O on Dog { ...P }
        fragment P on Dog { ...A, ...X }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\", \"O\", \"P\".", (1, 21), (2, 21), (3, 21), (7, 21), (8, 21)),
        Error("Cannot spread fragment \"O\" within itself via \"P\", \"X\", \"Y\", \"Z\".", (7, 21), (8, 27), (4, 21), (5, 21), (6, 21)));

    [Fact]
    public void NoSpreadingItselfDeeplyTwoPaths() => ExpectErrors(
        """
        fragment A on Dog { ...B, ...C }
        fragment B on Dog { ...A }
        fragment C on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
        Error("Cannot spread fragment \"A\" within itself via \"C\".", (1, 27), (3, 21)));
}
