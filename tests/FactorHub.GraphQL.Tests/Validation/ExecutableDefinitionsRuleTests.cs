// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests : ValidationRuleTestBase
{
    public ExecutableDefinitionsRuleTests()
        : base(context => new ExecutableDefinitionsRule(context))
    {
    }

    [Fact]
    public void OnlyOperation() => ExpectValid(
        """
        query Foo {
          dog { name }
        }
        """);

    [Fact]
    public void OperationAndFragment() => ExpectValid(
        """
        query Foo {
          dog { ...Frag }
        }

        fragment Frag on Dog { name }
        """);

    [Fact]
    public void TypeDefinition() => ExpectErrors(
        """
        query Foo {
          dog { name }
        }

        type Cow {
          name: String
        }

        extend type Dog {
          color: String
        }
        """,
        Error("The \"Cow\" definition is not executable.", (5, 1)),
        Error("The \"Dog\" definition is not executable.", (9, 1)));

    [Fact]
    public void SchemaDefinition() => ExpectErrors(
        """
        schema {
          query: Query
        }

        type Query {
          dog: Dog
        }

        extend schema @directive
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (5, 1)),
        Error("The schema definition is not executable.", (9, 1)));

    [Fact]
    public void DirectiveAndScalarDefinitions() => ExpectErrors(
        """
        directive @cached on FIELD

        scalar Money

        { dog { name } }
        """,
        Error("The \"cached\" definition is not executable.", (1, 1)),
        Error("The \"Money\" definition is not executable.", (3, 1)));
}
