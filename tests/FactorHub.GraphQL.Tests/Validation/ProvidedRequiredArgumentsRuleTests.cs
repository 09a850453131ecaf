// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests : ValidationRuleTestBase
{
    public ProvidedRequiredArgumentsRuleTests()
        : base(context => new ProvidedRequiredArgumentsRule(context))
    {
    }

    [Fact]
    public void IgnoresUnknownArguments() => ExpectValid(
        """
        { dog { isHouseTrained(unknownArgument: true) } }
        """);

    [Fact]
    public void ArgOnOptionalArg() => ExpectValid(
        """
        { dog { isHouseTrained(atOtherHomes: true) } }
        """);

    [Fact]
    public void NoArgOnOptionalArg() => ExpectValid(
        """
        { dog { isHouseTrained } }
        """);

    [Fact]
    public void NoArgOnNonNullFieldWithDefault() => ExpectValid(
        """
        { complicatedArgs { nonNullFieldWithDefault } }
        """);

    [Fact]
    public void MultipleRequiredArgsInAnyOrder() => ExpectValid(
        """
        { complicatedArgs { multipleReqs(req2: 2, req1: 1) } }
        """);

    [Fact]
    public void MissingOneNonNullableArgument() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void MissingMultipleNonNullableArguments() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void IncorrectValueAndMissingArgument() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req1: "one")
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void DirectiveWithRequiredArgs() => ExpectValid(
        """
        {
          dog @include(if: true) @withArgs(required: 1) { name }
        }
        """);

    [Fact]
    public void DirectiveMissingRequiredArgs() => ExpectErrors(
        """
        {
          dog @include { name }
          cat @withArgs(optional: "y") { name }
        }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        Error("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (3, 7)));
}
