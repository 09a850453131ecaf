// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests : ValidationRuleTestBase
{
    public KnownFragmentNamesRuleTests()
        : base(context => new KnownFragmentNamesRule(context))
    {
    }

    [Fact]
    public void KnownFragmentNamesAreValid() => ExpectValid(
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
            ... { name }
          }
        }

        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void UnknownFragmentNamesAreInvalid() => ExpectErrors(
        """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }

        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
        Error("Unknown fragment \"UnknownFragment2\".", (5, 10)),
        Error("Unknown fragment \"UnknownFragment3\".", (12, 6)));
}
