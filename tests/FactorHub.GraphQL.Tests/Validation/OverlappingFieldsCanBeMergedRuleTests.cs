// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Validation;
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests : ValidationRuleTestBase
{
    public OverlappingFieldsCanBeMergedRuleTests()
        : base(context => new OverlappingFieldsCanBeMergedRule(context))
    {
    }

    [Fact]
    public void UniqueFields() => ExpectValid(
        """
        fragment F on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void IdenticalFields() => ExpectValid(
        """
        fragment F on Dog {
          name
          name
        }
        """);

    [Fact]
    public void IdenticalFieldsWithIdenticalArguments() => ExpectValid(
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void DifferentArgsWithDifferentAliases() => ExpectValid(
        """
        fragment F on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void SameAliasesOnMutuallyExclusiveObjectTypes() => ExpectValid(
        """
        fragment F on Pet {
          ... on Dog { name: nickname }
          ... on Cat { name }
        }
        """);

    [Fact]
    public void SameAliasWithDifferentFieldTargets() => ExpectErrors(
        """
        fragment F on Dog {
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void AliasMaskingADirectField() => ExpectErrors(
        """
        fragment F on Dog {
          name: nickname
          name
        }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void DifferentArguments() => ExpectErrors(
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void ArgumentPresentAndMissing() => ExpectErrors(
        """
        fragment F on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void ConflictBetweenFieldsAndASpreadFragment() => ExpectErrors(
        """
        {
          dog {
            x: name
            ...F
          }
        }

        fragment F on Dog { x: barks }
        """,
        Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (8, 21)));

    [Fact]
    public void ConflictBetweenTwoSpreadFragments() => ExpectErrors(
        """
        {
          dog {
            ...A
            ...B
          }
        }

        fragment A on Dog { x: name }
        fragment B on Dog { x: nickname }
        """,
        Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (8, 21), (9, 21)));

    [Fact]
    public void DeepConflict() => ExpectErrors(
        """
        {
          dog {
            mother { x: name }
          }
          dog {
            mother { x: nickname }
          }
        }
        """,
        Error("Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (3, 14), (5, 3), (6, 5), (6, 14)));

    [Fact]
    public void DeepConflictWithMultipleIssues() => ExpectErrors(
        """
        {
          dog {
            x: name
            y: barks
          }
          dog {
            x: nickname
            y: barkVolume
          }
        }
        """,
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void ConflictingReturnTypesOnOverlappingInterfaceFields() => ExpectErrors(
        """
        {
          pet {
            ... on Dog { size: barkVolume }
            ... on Cat { size: nickname }
          }
        }
        """,
        Error("Fields \"size\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (3, 18), (4, 18)));

    [Fact]
    public void ListAndNonListConflict() => ExpectErrors(
        """
        {
          human {
            ... on Human { pets { name } }
          }
          human { pets: relatives { name } }
        }
        """,
        Error("Fields \"human\" conflict because subfields \"pets\" conflict because \"pets\" and \"relatives\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 20), (5, 3), (5, 11)));

    [Fact]
    public void NestedFragmentsComparedOnce() => ExpectValid(
        """
        {
          dog { ...A ...B ...A }
        }

        fragment A on Dog { name ...C }
        fragment B on Dog { name ...C }
        fragment C on Dog { name }
        """);

    [Fact]
    public void ConflictInsideAnInlineFragment() => ExpectErrors(
        """
        {
          dog {
            ... {
              name
              name: nickname
            }
          }
        }
        """,
        Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 7)));

    [Fact]
    public void SameFieldDifferentVariables() => ExpectErrors(
        """
        query Q($a: Boolean, $b: Boolean) {
          dog {
            name(surname: $a)
            name(surname: $b)
          }
        }
        """,
        Error("Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    // A thousand fragments spread side by side ask for half a million fragment-pair comparisons:
    // the work budget stops validation, as in graphql-js 16.
    [Fact]
    public void PathologicalFragmentFanOutAbortsValidation()
    {
        var spreads = string.Join(" ", Enumerable.Range(0, 1000).Select(i => "...F" + i));
        var fragments = string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ name }}"));
        var document = Parser.Parse("{ dog { " + spreads + " } }\n" + fragments);

        var errors = Validator.Validate(TestSchema.Schema, document, [context => new OverlappingFieldsCanBeMergedRule(context)]);

        Assert.Equal([Validator.AbortedMessage + " @ "], Describe(errors));
    }

    [Fact]
    public void ManyFragmentsSpreadInManyPlacesAreComparedOnce()
    {
        // 200 fields each spreading the same two fragments: the fragment pair is compared once.
        var fields = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"d{i}: dog {{ ...A ...B }}"));
        var document = Parser.Parse("{ " + fields + " }\nfragment A on Dog { name }\nfragment B on Dog { name: nickname }");

        var errors = Validator.Validate(TestSchema.Schema, document, [context => new OverlappingFieldsCanBeMergedRule(context)]);

        var error = Assert.Single(errors);
        Assert.Equal(
            "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            error.Message);
        Assert.Equal(new[] { new SourceLocation(2, 21), new SourceLocation(3, 21) }, error.Locations);
    }
}
