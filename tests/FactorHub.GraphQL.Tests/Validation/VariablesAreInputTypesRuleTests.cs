// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests : ValidationRuleTestBase
{
    public VariablesAreInputTypesRuleTests()
        : base(context => new VariablesAreInputTypesRule(context))
    {
    }

    [Fact]
    public void UnknownTypesAreIgnored() => ExpectValid(
        """
        query Foo($a: Unknown, $b: [[Unknown!]]!) {
          dog { name }
        }
        """);

    [Fact]
    public void InputTypesAreValid() => ExpectValid(
        """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) {
          dog { name }
        }
        """);

    [Fact]
    public void OutputTypesAreInvalid() => ExpectErrors(
        """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
          dog { name }
        }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
