// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests : ValidationRuleTestBase
{
    public KnownDirectivesRuleTests()
        : base(context => new KnownDirectivesRule(context))
    {
    }

    [Fact]
    public void NoDirectives() => ExpectValid(
        """
        { dog { name } }
        """);

    [Fact]
    public void KnownDirectives() => ExpectValid(
        """
        {
          dog @include(if: true) { name }
          human @skip(if: false) { name }
        }
        """);

    [Fact]
    public void UnknownDirective() => ExpectErrors(
        """
        {
          dog @unknown(directive: "value") { name }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 7)));

    [Fact]
    public void ManyUnknownDirectives() => ExpectErrors(
        """
        query Q @unknownQuery {
          dog @unknown(directive: "value") {
            name
          }
          human @unknown(directive: "value") {
            name
            pets @unknown(directive: "value") {
              name
            }
          }
        }
        """,
        Error("Unknown directive \"@unknownQuery\".", (1, 9)),
        Error("Unknown directive \"@unknown\".", (2, 7)),
        Error("Unknown directive \"@unknown\".", (5, 9)),
        Error("Unknown directive \"@unknown\".", (7, 10)));

    [Fact]
    public void DeprecatedIsNotAQueryDirectiveButIsDefined() => ExpectValid(
        """
        {
          dog @deprecated { name }
        }
        """);
}
