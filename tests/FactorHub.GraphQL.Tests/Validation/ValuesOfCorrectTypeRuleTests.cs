// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests : ValidationRuleTestBase
{
    public ValuesOfCorrectTypeRuleTests()
        : base(context => new ValuesOfCorrectTypeRule(context))
    {
    }

    [Fact]
    public void GoodLiteralValues() => ExpectValid(
        """
        {
          complicatedArgs {
            intArgField(intArg: 2)
            floatArgField(floatArg: 1)
            f2: floatArgField(floatArg: 1.5e3)
            stringArgField(stringArg: "a")
            booleanArgField(booleanArg: false)
            idArgField(idArg: 1)
            i2: idArgField(idArg: "someIdString")
            enumArgField(enumArg: BROWN)
            stringListArgField(stringListArg: ["one", null, "three"])
            s2: stringListArgField(stringListArg: "single")
            complexArgField(complexArg: { requiredField: true, stringListField: ["a"] })
            nullable: intArgField(intArg: null)
          }
        }
        """);

    [Fact]
    public void InvalidStringValues() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1)
            s2: stringArgField(stringArg: 1.0)
            s3: stringArgField(stringArg: true)
            s4: stringArgField(stringArg: BAR)
          }
        }
        """,
        Error("String cannot represent a non string value: 1", (3, 31)),
        Error("String cannot represent a non string value: 1.0", (4, 35)),
        Error("String cannot represent a non string value: true", (5, 35)),
        Error("String cannot represent a non string value: BAR", (6, 35)));

    [Fact]
    public void InvalidIntValues() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: "3")
            i2: intArgField(intArg: 829384293849283498239482938)
            i3: intArgField(intArg: FOO)
            i4: intArgField(intArg: 3.0)
            i5: intArgField(intArg: 3.333)
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"3\"", (3, 25)),
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 29)),
        Error("Int cannot represent non-integer value: FOO", (5, 29)),
        Error("Int cannot represent non-integer value: 3.0", (6, 29)),
        Error("Int cannot represent non-integer value: 3.333", (7, 29)));

    [Fact]
    public void InvalidFloatBooleanAndIdValues() => ExpectErrors(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: "3.333")
            f2: floatArgField(floatArg: true)
            booleanArgField(booleanArg: 2)
            b2: booleanArgField(booleanArg: "true")
            idArgField(idArg: 1.0)
            i2: idArgField(idArg: true)
          }
        }
        """,
        Error("Float cannot represent non numeric value: \"3.333\"", (3, 29)),
        Error("Float cannot represent non numeric value: true", (4, 33)),
        Error("Boolean cannot represent a non boolean value: 2", (5, 33)),
        Error("Boolean cannot represent a non boolean value: \"true\"", (6, 37)),
        Error("ID cannot represent a non-string and non-integer value: 1.0", (7, 23)),
        Error("ID cannot represent a non-string and non-integer value: true", (8, 27)));

    [Fact]
    public void InvalidEnumValues() => ExpectErrors(
        """
        {
          complicatedArgs {
            enumArgField(enumArg: 2)
            e2: enumArgField(enumArg: "BROWN")
            e3: enumArgField(enumArg: brown)
            e4: enumArgField(enumArg: WHITE)
          }
          dog {
            doesKnowCommand(dogCommand: HEELS)
          }
        }
        """,
        Error("Enum \"FurColor\" cannot represent non-enum value: 2.", (3, 27)),
        Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (4, 31)),
        Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (5, 31)),
        Error("Value \"WHITE\" does not exist in \"FurColor\" enum.", (6, 31)),
        Error("Value \"HEELS\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"HEEL\"?", (9, 33)));

    [Fact]
    public void NullIntoNonNull() => ExpectErrors(
        """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
            stringListNonNullArgField(stringListNonNullArg: ["a", null])
          }
        }
        """,
        Error("Expected value of type \"Int!\", found null.", (3, 39)),
        Error("Expected value of type \"String!\", found null.", (4, 59)));

    [Fact]
    public void InvalidListItem() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", 2])
            s2: stringListArgField(stringListArg: 1)
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (3, 47)),
        Error("String cannot represent a non string value: 1", (4, 43)));

    [Fact]
    public void ListWhereAScalarIsExpected() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: [1, 2])
          }
        }
        """,
        Error("Int cannot represent non-integer value: [1, 2]", (3, 25)));

    [Fact]
    public void ObjectWhereAScalarIsExpectedAndScalarWhereAnObjectIsExpected() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: { value: 1 })
            complexArgField(complexArg: "ComplexInput")
          }
        }
        """,
        Error("Int cannot represent non-integer value: {value: 1}", (3, 25)),
        Error("Expected value of type \"ComplexInput\", found \"ComplexInput\".", (4, 33)));

    [Fact]
    public void InvalidValueInsideInputObject() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: "four", stringListField: ["one", 2] })
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"four\"", (3, 66)),
        Error("String cannot represent a non string value: 2", (3, 99)));

    [Fact]
    public void DirectiveArguments() => ExpectErrors(
        """
        {
          dog @include(if: "yes") { name }
          cat @skip(if: ENUM) { name }
        }
        """,
        Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
        Error("Boolean cannot represent a non boolean value: ENUM", (3, 17)));

    [Fact]
    public void VariableDefaultValues() => ExpectErrors(
        """
        query Q($a: Int = 1, $b: String = "ok", $c: ComplexInput = { requiredField: true }, $d: Int = "one", $e: [String] = [1]) {
          dog { name }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (1, 95)),
        Error("String cannot represent a non string value: 1", (1, 118)));

    [Fact]
    public void OneOfWithExactlyOneNonNullField() => ExpectValid(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc" })
          }
        }
        """);

    [Fact]
    public void OneOfWithNoFieldsOrTwoFields() => ExpectErrors(
        """
        {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: {})
            b: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 32)),
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 32)));

    [Fact]
    public void OneOfWithANullField() => ExpectErrors(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { intField: null })
          }
        }
        """,
        Error("Field \"OneOfInput.intField\" must be non-null.", (3, 29)));

    [Fact]
    public void OneOfWithAVariableField() => ExpectValid(
        """
        query Q($s: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $s })
          }
        }
        """);
}
