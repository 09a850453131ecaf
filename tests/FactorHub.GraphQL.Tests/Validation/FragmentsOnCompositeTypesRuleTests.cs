// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests : ValidationRuleTestBase
{
    public FragmentsOnCompositeTypesRuleTests()
        : base(context => new FragmentsOnCompositeTypesRule(context))
    {
    }

    [Fact]
    public void ObjectIsValidFragmentType() => ExpectValid(
        """
        fragment F on Dog { barks }
        """);

    [Fact]
    public void InterfaceIsValidFragmentType() => ExpectValid(
        """
        fragment F on Pet { name }
        """);

    [Fact]
    public void ObjectIsValidInlineFragmentType() => ExpectValid(
        """
        fragment F on Pet {
          ... on Dog { barks }
        }
        """);

    [Fact]
    public void InlineFragmentWithoutTypeIsValid() => ExpectValid(
        """
        fragment F on Pet {
          ... { name }
        }
        """);

    [Fact]
    public void UnionIsValidFragmentType() => ExpectValid(
        """
        fragment F on CatOrDog { __typename }
        """);

    [Fact]
    public void ScalarIsInvalidFragmentType() => ExpectErrors(
        """
        fragment scalarFragment on Boolean { bad }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void EnumIsInvalidFragmentType() => ExpectErrors(
        """
        fragment enumFragment on FurColor { bad }
        """,
        Error("Fragment \"enumFragment\" cannot condition on non composite type \"FurColor\".", (1, 26)));

    [Fact]
    public void InputObjectIsInvalidFragmentType() => ExpectErrors(
        """
        fragment inputFragment on ComplexInput { stringField }
        """,
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void ScalarIsInvalidInlineFragmentType() => ExpectErrors(
        """
        fragment F on Pet {
          ... on String { meowVolume }
        }
        """,
        Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));
}
