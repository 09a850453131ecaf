using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Validation;
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class ValidatorTests
{
    [Fact]
    public void ValidDocumentPassesAllSpecifiedRules()
    {
        var document = Parser.Parse("""
            query Pets($surname: Boolean = false, $command: DogCommand!, $input: ComplexInput) @onQuery {
              dog {
                ...DogFields
                doesKnowCommand(dogCommand: $command)
              }
              pet {
                __typename
                ... on Cat { meows furColor }
                ... on Dog { barks @include(if: true) }
              }
              complicatedArgs {
                complexArgField(complexArg: $input)
                oneOfArgField(oneOfArg: { intField: 3 })
              }
              human(id: "1") { relatives { name(surname: $surname) } }
            }

            fragment DogFields on Dog {
              name
              nickname
              mother { name }
            }

            subscription NewDog {
              newDog { ...DogFields }
            }
            """);

        Assert.Empty(Validator.Validate(TestSchema.Schema, document));
    }

    [Fact]
    public void ErrorsOfSeveralRulesComeInDocumentOrder()
    {
        var document = Parser.Parse("""
            query Q($unused: Int) {
              dog { unknown }
              cat { name(surname: "yes") }
            }
            """);

        var errors = Validator.Validate(TestSchema.Schema, document);

        Assert.Equal(
            [
                "Cannot query field \"unknown\" on type \"Dog\". @ 2:9",
                "Boolean cannot represent a non boolean value: \"yes\" @ 3:23",
                "Variable \"$unused\" is never used in operation \"Q\". @ 1:9",
            ],
            ValidationRuleTestBase.Describe(errors));
    }

    [Fact]
    public void StopsAfterMaxErrorsWithTheGraphQLJsMessage()
    {
        var document = Parser.Parse("{ a b c d }");

        var errors = Validator.Validate(TestSchema.Schema, document, options: new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(
            [
                "Cannot query field \"a\" on type \"Query\". @ 1:3",
                "Cannot query field \"b\" on type \"Query\". @ 1:5",
                "Too many validation errors, error limit reached. Validation aborted. @ ",
            ],
            ValidationRuleTestBase.Describe(errors));
    }

    [Fact]
    public void ExactlyMaxErrorsIsNotAborted()
    {
        var errors = Validator.Validate(TestSchema.Schema, Parser.Parse("{ a b }"), options: new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message == Validator.TooManyErrorsMessage);
    }

    [Fact]
    public void DefaultCapIsOneHundredErrors()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 150).Select(i => "f" + i));

        var errors = Validator.Validate(TestSchema.Schema, Parser.Parse("{ " + fields + " }"));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"f99\" on type \"Query\".", errors[99].Message);
        Assert.Equal(Validator.TooManyErrorsMessage, errors[100].Message);
        Assert.Null(errors[100].Locations);
    }

    [Fact]
    public void HideSuggestionsLeavesOutDidYouMean()
    {
        var document = Parser.Parse("{ dog { nam } complicatedArgs { enumArgField(enumArg: BROWNN) } }");

        var shown = Validator.Validate(TestSchema.Schema, document);
        var hidden = Validator.Validate(TestSchema.Schema, document, options: new ValidationOptions { HideSuggestions = true });

        Assert.Equal(
            [
                "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? @ 1:9",
                "Value \"BROWNN\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"? @ 1:55",
            ],
            ValidationRuleTestBase.Describe(shown));
        Assert.Equal(
            [
                "Cannot query field \"nam\" on type \"Dog\". @ 1:9",
                "Value \"BROWNN\" does not exist in \"FurColor\" enum. @ 1:55",
            ],
            ValidationRuleTestBase.Describe(hidden));
    }

    [Fact]
    public void SpecifiedRulesFollowTheSpecOrder()
    {
        var context = CreateContext();

        var ruleTypes = SpecifiedRules.All.Select(factory => factory(context).GetType()).ToList();

        Assert.Equal(
            [
                typeof(ExecutableDefinitionsRule),
                typeof(OperationTypeExistenceRule),
                typeof(UniqueOperationNamesRule),
                typeof(LoneAnonymousOperationRule),
                typeof(SingleFieldSubscriptionsRule),
                typeof(FieldsOnCorrectTypeRule),
                typeof(OverlappingFieldsCanBeMergedRule),
                typeof(ScalarLeafsRule),
                typeof(KnownArgumentNamesRule),
                typeof(UniqueArgumentNamesRule),
                typeof(ProvidedRequiredArgumentsRule),
                typeof(UniqueFragmentNamesRule),
                typeof(KnownTypeNamesRule),
                typeof(FragmentsOnCompositeTypesRule),
                typeof(NoUnusedFragmentsRule),
                typeof(KnownFragmentNamesRule),
                typeof(NoFragmentCyclesRule),
                typeof(PossibleFragmentSpreadsRule),
                typeof(ValuesOfCorrectTypeRule),
                typeof(InputObjectFieldNamesRule),
                typeof(UniqueInputFieldNamesRule),
                typeof(InputObjectRequiredFieldsRule),
                typeof(KnownDirectivesRule),
                typeof(DirectivesInValidLocationsRule),
                typeof(UniqueDirectivesPerLocationRule),
                typeof(UniqueVariableNamesRule),
                typeof(VariablesAreInputTypesRule),
                typeof(NoUndefinedVariablesRule),
                typeof(NoUnusedVariablesRule),
                typeof(VariablesInAllowedPositionRule),
            ],
            ruleTypes);
    }

    [Fact]
    public void SkippingChildrenAffectsOnlyTheRuleThatAskedForIt()
    {
        // ValuesOfCorrectType skips the items of a list given where no list is expected;
        // UniqueInputFieldNames still sees the object inside.
        var document = Parser.Parse("{ complicatedArgs { intArgField(intArg: [{ a: 1, a: 2 }]) } }");

        var errors = Validator.Validate(TestSchema.Schema, document);

        Assert.Equal(
            [
                "Int cannot represent non-integer value: [{a: 1, a: 2}] @ 1:41",
                "There can be only one input field named \"a\". @ 1:44, 1:50",
            ],
            ValidationRuleTestBase.Describe(errors));
    }

    [Fact]
    public void ScalarParsingFailuresBecomeErrorsNotCrashes()
    {
        var query = new GraphQLObjectType("Query");
        var field = new GraphQLField("field", Scalars.String);
        field.AddArgument(new GraphQLArgument("arg", new ThrowingScalar()));
        query.AddField(field);
        var schema = new GraphQLSchema(query);

        var errors = Validator.Validate(schema, Parser.Parse("{ field(arg: 2) }"));

        Assert.Equal(
            ["Expected value of type \"Throwing\", found 2; not a throwing value @ 1:14"],
            ValidationRuleTestBase.Describe(errors));
    }

    private sealed class ThrowingScalar() : GraphQLScalarType("Throwing")
    {
        public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
            throw new NotSupportedException("not a throwing value");
    }

    private static ValidationContext CreateContext()
    {
        ValidationContext? captured = null;
        Validator.Validate(TestSchema.Schema, Parser.Parse("{ dog { name } }"), [context =>
        {
            captured = context;
            return new ExecutableDefinitionsRule(context);
        }]);
        return captured!;
    }
}
