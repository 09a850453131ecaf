// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests : ValidationRuleTestBase
{
    public NoUnusedVariablesRuleTests()
        : base(context => new NoUnusedVariablesRule(context))
    {
    }

    [Fact]
    public void UsesAllVariables() => ExpectValid(
        """
        query ($a: Int, $b: Int, $c: Int) {
          dog { isAtLocation(x: $a, y: $b) }
          complicatedArgs { intArgField(intArg: $c) }
        }
        """);

    [Fact]
    public void UsesAllVariablesInFragments() => ExpectValid(
        """
        query Foo($a: Int, $b: Int) {
          dog { ...A }
        }

        fragment A on Dog { isAtLocation(x: $a) ...B }
        fragment B on Dog { isAtLocation(y: $b) }
        """);

    [Fact]
    public void VariableUsedByDirective() => ExpectValid(
        """
        query Foo($cond: Boolean!) {
          dog @skip(if: $cond) { name }
        }
        """);

    [Fact]
    public void VariableNotUsed() => ExpectErrors(
        """
        query ($a: Int, $b: Int, $c: Int) {
          dog { isAtLocation(x: $a, y: $b) }
        }
        """,
        Error("Variable \"$c\" is never used.", (1, 26)));

    [Fact]
    public void MultipleVariablesNotUsed() => ExpectErrors(
        """
        query Foo($a: Int, $b: Int, $c: Int) {
          dog { isAtLocation(y: $b) }
        }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 29)));

    [Fact]
    public void VariableNotUsedByFragmentUsedByOtherOperation() => ExpectErrors(
        """
        query Foo($b: Int) {
          dog { ...A }
        }

        query Bar($a: Int) {
          dog { ...B }
        }

        fragment A on Dog { isAtLocation(x: $a) }
        fragment B on Dog { isAtLocation(y: $b) }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (5, 11)));

    [Fact]
    public void VariableUsedOnlyInItsOwnDefaultValueIsUnused() => ExpectErrors(
        """
        query Foo($a: Int, $b: Int = 1) {
          dog { isAtLocation(x: $a) }
        }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 20)));
}
