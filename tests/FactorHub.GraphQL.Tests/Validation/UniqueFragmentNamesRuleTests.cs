// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests : ValidationRuleTestBase
{
    public UniqueFragmentNamesRuleTests()
        : base(context => new UniqueFragmentNamesRule(context))
    {
    }

    [Fact]
    public void NoFragments() => ExpectValid(
        """
        { dog { name } }
        """);

    [Fact]
    public void ManyFragments() => ExpectValid(
        """
        { dog { ...A ...B ...C } }

        fragment A on Dog { name }
        fragment B on Dog { nickname }
        fragment C on Dog { barks }
        """);

    [Fact]
    public void InlineFragmentsAreAlwaysUnique() => ExpectValid(
        """
        {
          dog {
            ... on Dog { name }
            ... on Dog { name }
          }
        }
        """);

    [Fact]
    public void FragmentAndOperationNamedTheSame() => ExpectValid(
        """
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """);

    [Fact]
    public void FragmentsNamedTheSame() => ExpectErrors(
        """
        { dog { ...A } }

        fragment A on Dog { name }
        fragment A on Dog { nickname }
        """,
        Error("There can be only one fragment named \"A\".", (3, 10), (4, 10)));

    [Fact]
    public void FragmentsNamedTheSameThreeTimes() => ExpectErrors(
        """
        fragment A on Dog { name }
        fragment A on Dog { nickname }
        fragment A on Dog { barks }
        """,
        Error("There can be only one fragment named \"A\".", (1, 10), (2, 10)),
        Error("There can be only one fragment named \"A\".", (1, 10), (3, 10)));
}
