// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests : ValidationRuleTestBase
{
    public VariablesInAllowedPositionRuleTests()
        : base(context => new VariablesInAllowedPositionRule(context))
    {
    }

    [Fact]
    public void BooleanToBoolean() => ExpectValid(
        """
        query Q($booleanArg: Boolean) {
          complicatedArgs { booleanArgField(booleanArg: $booleanArg) }
        }
        """);

    [Fact]
    public void NonNullBooleanToBooleanWithinFragment() => ExpectValid(
        """
        fragment F on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) }

        query Q($booleanArg: Boolean!) {
          complicatedArgs { ...F }
        }
        """);

    [Fact]
    public void ListOfStringsToListOfStringsAndItemPosition() => ExpectValid(
        """
        query Q($stringList: [String], $string: String) {
          complicatedArgs {
            stringListArgField(stringListArg: $stringList)
            s2: stringListArgField(stringListArg: [$string])
          }
        }
        """);

    [Fact]
    public void InputObjectFieldPositions() => ExpectValid(
        """
        query Q($boolean: Boolean!, $strings: [String]) {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: $boolean, stringListField: $strings })
          }
        }
        """);

    [Fact]
    public void NullableVariableWithADefaultIntoANonNullArgument() => ExpectValid(
        """
        query Q($intArg: Int = 1) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
        }
        """);

    [Fact]
    public void NullableVariableIntoANonNullArgumentWithADefault() => ExpectValid(
        """
        query Q($intVar: Int) {
          complicatedArgs { nonNullFieldWithDefault(arg: $intVar) }
        }
        """);

    [Fact]
    public void NullableVariableIntoANonNullInputFieldWithADefault() => ExpectValid(
        """
        query Q($flag: Boolean) {
          complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $flag }) }
        }
        """);

    [Fact]
    public void BooleanIntoNonNullDirectiveArgumentWithDefaultOnVariable() => ExpectValid(
        """
        query Q($cond: Boolean = false) {
          dog @include(if: $cond) { name }
        }
        """);

    [Fact]
    public void IntIntoNonNullInt() => ExpectErrors(
        """
        query Q($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (3, 39)));

    [Fact]
    public void IntIntoNonNullIntWithinNestedFragment() => ExpectErrors(
        """
        fragment outer on ComplicatedArgs { ...inner }
        fragment inner on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }

        query Q($intArg: Int) {
          complicatedArgs { ...outer }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (4, 9), (2, 71)));

    [Fact]
    public void StringIntoIntAndListIntoScalar() => ExpectErrors(
        """
        query Q($stringVar: String, $stringList: [String]) {
          complicatedArgs {
            intArgField(intArg: $stringVar)
            stringArgField(stringArg: $stringList)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Int\".", (1, 9), (3, 25)),
        Error("Variable \"$stringList\" of type \"[String]\" used in position expecting type \"String\".", (1, 29), (4, 31)));

    [Fact]
    public void NullDefaultDoesNotMakeANullableVariableAllowed() => ExpectErrors(
        """
        query Q($intArg: Int = null) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (2, 55)));

    [Fact]
    public void BooleanIntoNonNullDirectiveArgument() => ExpectErrors(
        """
        query Q($cond: Boolean) {
          dog @include(if: $cond) { name }
        }
        """,
        Error("Variable \"$cond\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (2, 20)));

    [Fact]
    public void ListOfNullableStringsIntoListOfNonNullStrings() => ExpectErrors(
        """
        query Q($list: [String]) {
          complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $list) }
        }
        """,
        Error("Variable \"$list\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 9), (2, 69)));

    [Fact]
    public void NullableVariableInOneOfField() => ExpectErrors(
        """
        query Q($s: String) {
          complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) }
        }
        """,
        Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (2, 60)));

    [Fact]
    public void NonNullVariableInOneOfField() => ExpectValid(
        """
        query Q($s: String!) {
          complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) }
        }
        """);
}
