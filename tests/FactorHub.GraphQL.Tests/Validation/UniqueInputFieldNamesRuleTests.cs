// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests : ValidationRuleTestBase
{
    public UniqueInputFieldNamesRuleTests()
        : base(context => new UniqueInputFieldNamesRule(context))
    {
    }

    [Fact]
    public void InputObjectWithFields() => ExpectValid(
        """
        { complicatedArgs { complexArgField(complexArg: { requiredField: true }) } }
        """);

    [Fact]
    public void SameInputObjectWithinTwoArgs() => ExpectValid(
        """
        { dog { isAtLocation(x: 1, y: 2) } complicatedArgs { multipleOpts(opt1: 1, opt2: 2) } }
        """);

    [Fact]
    public void MultipleInputObjectFields() => ExpectValid(
        """
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, stringField: "a" }) } }
        """);

    [Fact]
    public void AllowsForNestedInputObjectsWithSimilarFields() => ExpectValid(
        """
        query Q($v: ComplexInput = { requiredField: true, stringListField: ["a"] }) {
          complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) }
        }
        """);

    [Fact]
    public void DuplicateInputObjectFields() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1, intField: 2 })
          }
        }
        """,
        Error("There can be only one input field named \"intField\".", (3, 56), (3, 69)));

    [Fact]
    public void ManyDuplicateInputObjectFields() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1, intField: 2, intField: 3 })
          }
        }
        """,
        Error("There can be only one input field named \"intField\".", (3, 56), (3, 69)),
        Error("There can be only one input field named \"intField\".", (3, 56), (3, 82)));

    [Fact]
    public void NestedDuplicateInputObjectFields() => ExpectErrors(
        """
        {
          dog @unknown(arg: { a: { b: 1, b: 2 }, a: 3 }) { name }
        }
        """,
        Error("There can be only one input field named \"b\".", (2, 28), (2, 34)),
        Error("There can be only one input field named \"a\".", (2, 23), (2, 42)));
}
