// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests : ValidationRuleTestBase
{
    public FieldsOnCorrectTypeRuleTests()
        : base(context => new FieldsOnCorrectTypeRule(context))
    {
    }

    [Fact]
    public void ObjectFieldSelection() => ExpectValid(
        """
        fragment F on Dog {
          __typename
          name
        }
        """);

    [Fact]
    public void AliasedAndInterfaceFields() => ExpectValid(
        """
        fragment F on Pet {
          otherName: name
          __typename
        }
        """);

    [Fact]
    public void TypenameOnUnion() => ExpectValid(
        """
        fragment F on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void LyingAliasSelection() => ExpectErrors(
        """
        fragment F on Dog {
          name: barkVolume
          fur: furColor
        }
        """,
        Error("Cannot query field \"furColor\" on type \"Dog\".", (3, 3)));

    [Fact]
    public void UnknownFieldWithTypoSuggestion() => ExpectErrors(
        """
        fragment F on Dog {
          barkVolum
          nickName
        }
        """,
        Error("Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
        Error("Cannot query field \"nickName\" on type \"Dog\". Did you mean \"nickname\" or \"name\"?", (3, 3)));

    [Fact]
    public void UnknownFieldOnInterfaceSuggestsImplementingTypes() => ExpectErrors(
        """
        fragment F on Pet {
          nickname
          meows
        }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)),
        Error("Cannot query field \"meows\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (3, 3)));

    [Fact]
    public void FieldOnUnion() => ExpectErrors(
        """
        fragment F on CatOrDog {
          name
        }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));

    [Fact]
    public void UnknownFieldDeepInside() => ExpectErrors(
        """
        query Q {
          dog {
            mother {
              unknownField
            }
          }
        }
        """,
        Error("Cannot query field \"unknownField\" on type \"Dog\".", (4, 7)));

    [Fact]
    public void MetaFieldOnANonQueryType() => ExpectErrors(
        """
        fragment F on Dog {
          __schema { queryType { name } }
        }
        """,
        Error("Cannot query field \"__schema\" on type \"Dog\".", (2, 3)));

    [Fact]
    public void UnknownRootField() => ExpectErrors(
        """
        { cow { name } }
        """,
        Error("Cannot query field \"cow\" on type \"Query\". Did you mean \"cat\" or \"dog\"?", (1, 3)));
}
