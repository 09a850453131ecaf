// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests : ValidationRuleTestBase
{
    public NoUnusedFragmentsRuleTests()
        : base(context => new NoUnusedFragmentsRule(context))
    {
    }

    [Fact]
    public void AllFragmentNamesAreUsed() => ExpectValid(
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
          }
        }

        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void AllFragmentNamesAreUsedByMultipleOperations() => ExpectValid(
        """
        query A { human(id: 4) { ...HumanFields1 } }
        query B { human(id: 4) { ...HumanFields2 } }

        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void ContainsUnknownFragments() => ExpectErrors(
        """
        query A { human(id: 4) { ...HumanFields1 } }

        fragment HumanFields1 on Human { name }
        fragment Unused1 on Human { name }
        fragment Unused2 on Human { name }
        """,
        Error("Fragment \"Unused1\" is never used.", (4, 1)),
        Error("Fragment \"Unused2\" is never used.", (5, 1)));

    [Fact]
    public void ContainsUnknownFragmentsWithRefCycle() => ExpectErrors(
        """
        query A { human(id: 4) { ...HumanFields1 } }

        fragment HumanFields1 on Human { name }
        fragment Unused1 on Human { name ...Unused2 }
        fragment Unused2 on Human { name ...Unused1 }
        """,
        Error("Fragment \"Unused1\" is never used.", (4, 1)),
        Error("Fragment \"Unused2\" is never used.", (5, 1)));

    [Fact]
    public void ContainsUnknownAndUndefinedFragments() => ExpectErrors(
        """
        query Foo {
          human(id: 4) {
            ...bar
          }
        }

        fragment foo on Human {
          name
        }
        """,
        Error("Fragment \"foo\" is never used.", (7, 1)));
}
