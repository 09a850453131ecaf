// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests : ValidationRuleTestBase
{
    public NoUndefinedVariablesRuleTests()
        : base(context => new NoUndefinedVariablesRule(context))
    {
    }

    [Fact]
    public void AllVariablesDefined() => ExpectValid(
        """
        query Foo($a: Int, $b: Int, $c: Int) {
          dog { isAtLocation(x: $a, y: $b) }
          complicatedArgs { intArgField(intArg: $c) }
        }
        """);

    [Fact]
    public void AllVariablesDeeplyInInlineFragmentsAndFragmentsDefined() => ExpectValid(
        """
        query Foo($a: Int, $b: Int) {
          ... on Query {
            dog {
              ...F
            }
          }
        }

        fragment F on Dog { isAtLocation(x: $a, y: $b) }
        """);

    [Fact]
    public void VariableNotDefined() => ExpectErrors(
        """
        query Foo($a: Int) {
          dog { isAtLocation(x: $a, y: $d) }
        }
        """,
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 32), (1, 1)));

    [Fact]
    public void VariableNotDefinedByUnNamedQuery() => ExpectErrors(
        """
        {
          dog { isAtLocation(x: $a) }
        }
        """,
        Error("Variable \"$a\" is not defined.", (2, 25), (1, 1)));

    [Fact]
    public void MultipleVariablesNotDefined() => ExpectErrors(
        """
        query Foo($b: Int) {
          dog { isAtLocation(x: $a, y: $b) }
          complicatedArgs { intArgField(intArg: $c) }
        }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 25), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 41), (1, 1)));

    [Fact]
    public void VariableInFragmentNotDefinedByOperation() => ExpectErrors(
        """
        query Foo($a: Int) {
          dog { ...F }
        }

        fragment F on Dog { isAtLocation(x: $a, y: $b) }
        """,
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (5, 44), (1, 1)));

    [Fact]
    public void VariableInFragmentUsedByOtherOperation() => ExpectErrors(
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
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (9, 37), (1, 1)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (10, 37), (5, 1)));

    [Fact]
    public void VariableInDirectiveNotDefined() => ExpectErrors(
        """
        query Foo {
          dog @include(if: $cond) { name }
        }
        """,
        Error("Variable \"$cond\" is not defined by operation \"Foo\".", (2, 20), (1, 1)));
}
