// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests : ValidationRuleTestBase
{
    public KnownArgumentNamesRuleTests()
        : base(context => new KnownArgumentNamesRule(context))
    {
    }

    [Fact]
    public void SingleArgIsKnown() => ExpectValid(
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void MultipleArgsAreKnownInAnyOrder() => ExpectValid(
        """
        fragment F on Dog {
          isAtLocation(y: 1, x: 1)
        }
        """);

    [Fact]
    public void IgnoresArgsOfUnknownFields() => ExpectValid(
        """
        fragment F on Dog {
          unknownField(unknownArg: SIT)
        }
        """);

    [Fact]
    public void DirectiveArgsAreKnown() => ExpectValid(
        """
        {
          dog @skip(if: true) @withArgs(required: 1) { name }
        }
        """);

    [Fact]
    public void UndirectedArgsAreInvalid() => ExpectErrors(
        """
        fragment F on Dog {
          doesKnowCommand(dogcommand: true)
        }
        """,
        Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void UnknownArgMisspelled() => ExpectErrors(
        """
        fragment F on Dog {
          doesKnowCommand(DogCommand: true)
          isHouseTrained(atOtherHome: true, unknown: 1)
        }
        """,
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)),
        Error("Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\". Did you mean \"atOtherHomes\"?", (3, 18)),
        Error("Unknown argument \"unknown\" on field \"Dog.isHouseTrained\".", (3, 37)));

    [Fact]
    public void UnknownArgsDeeply() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pets {
              name(surnames: true)
            }
          }
        }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
        Error("Unknown argument \"surnames\" on field \"Pet.name\". Did you mean \"surname\"?", (7, 12)));

    [Fact]
    public void MisspelledDirectiveArgsAreReported() => ExpectErrors(
        """
        {
          dog @skip(iff: true) { name }
          cat @withArgs(required: 1, optinal: "y") { name }
        }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)),
        Error("Unknown argument \"optinal\" on directive \"@withArgs\". Did you mean \"optional\"?", (3, 30)));

    [Fact]
    public void ArgsOfUnknownDirectivesAreIgnored() => ExpectValid(
        """
        {
          dog @unknown(foo: 1) { name }
        }
        """);
}
