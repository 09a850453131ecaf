// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class InputObjectRequiredFieldsRuleTests : ValidationRuleTestBase
{
    public InputObjectRequiredFieldsRuleTests()
        : base(context => new InputObjectRequiredFieldsRule(context))
    {
    }

    [Fact]
    public void AllRequiredFieldsProvided() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: false })
          }
        }
        """);

    [Fact]
    public void RequiredFieldWithADefaultMayBeOmitted() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1 })
          }
        }
        """);

    [Fact]
    public void MissingRequiredField() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));

    [Fact]
    public void MissingRequiredFieldInVariableDefaultAndList() => ExpectErrors(
        """
        query Q($c: ComplexInput = { stringField: "x" }) {
          complicatedArgs {
            complexArgField(complexArg: {})
          }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 28)),
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));

    [Fact]
    public void RequiredFieldExplicitlyNullIsNotAMissingField() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: null })
          }
        }
        """);
}
