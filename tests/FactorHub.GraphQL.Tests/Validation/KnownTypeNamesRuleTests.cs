// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests : ValidationRuleTestBase
{
    public KnownTypeNamesRuleTests()
        : base(context => new KnownTypeNamesRule(context))
    {
    }

    [Fact]
    public void KnownTypeNames() => ExpectValid(
        """
        query Q($var: String, $required: [Int!]!, $input: ComplexInput) {
          human(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }

        fragment PetFields on Pet {
          name
        }
        """);

    [Fact]
    public void UnknownTypeNames() => ExpectErrors(
        """
        query Q($var: JumbledUpLetters) {
          human(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }

        fragment PetFields on Peat {
          name
        }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 15)),
        Error("Unknown type \"Badger\".", (4, 19)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 23)));

    [Fact]
    public void UnknownTypeInListAndNonNull() => ExpectErrors(
        """
        query Q($a: [Strin!]!, $b: Boolen) {
          dog { name }
        }
        """,
        Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 14)),
        Error("Unknown type \"Boolen\". Did you mean \"Boolean\"?", (1, 28)));

    [Fact]
    public void ReferencesToStandardScalarsThatAreMissingInSchema() => ExpectValid(
        """
        query Q($id: ID, $float: Float, $int: Int) {
          dog { name }
        }
        """);
}
