// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class InputObjectFieldNamesRuleTests : ValidationRuleTestBase
{
    public InputObjectFieldNamesRuleTests()
        : base(context => new InputObjectFieldNamesRule(context))
    {
    }

    [Fact]
    public void KnownInputFields() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 4, stringListField: ["a"] })
          }
        }
        """);

    [Fact]
    public void UnknownInputFieldWithSuggestion() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, invalidField: "value" })
            c2: complexArgField(complexArg: { requiredField: true, strinField: "value" })
          }
        }
        """,
        Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (3, 56)),
        Error("Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (4, 60)));

    [Fact]
    public void UnknownFieldInVariableDefaultValue() => ExpectErrors(
        """
        query Q($c: ComplexInput = { requiredField: true, unknown: 1 }) {
          dog { name }
        }
        """,
        Error("Field \"unknown\" is not defined by type \"ComplexInput\".", (1, 51)));

    [Fact]
    public void UnknownFieldInOneOfInput() => ExpectErrors(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { floatField: 1.5 })
          }
        }
        """,
        Error("Field \"floatField\" is not defined by type \"OneOfInput\". Did you mean \"intField\"?", (3, 31)));

    [Fact]
    public void FieldsOfAnObjectPassedToAScalarAreNotReported() => ExpectValid(
        """
        {
          complicatedArgs {
            intArgField(intArg: { unknown: 1 })
          }
        }
        """);
}
