// Expected messages and locations are graphql-js 16 outputs for the same documents.
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests : ValidationRuleTestBase
{
    public PossibleFragmentSpreadsRuleTests()
        : base(context => new PossibleFragmentSpreadsRule(context))
    {
    }

    [Fact]
    public void OfTheSameObject() => ExpectValid(
        """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void ObjectIntoAnImplementedInterface() => ExpectValid(
        """
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void ObjectIntoContainingUnion() => ExpectValid(
        """
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void UnionIntoOverlappingInterface() => ExpectValid(
        """
        fragment unionWithinInterface on Pet { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void InterfaceIntoImplementedObjectAndInline() => ExpectValid(
        """
        fragment interfaceWithinObject on Dog { ...petFragment ... on Pet { name } }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void IgnoresIncorrectType() => ExpectValid(
        """
        fragment petFragment on Pet { ...badInADifferentWay }
        fragment badInADifferentWay on String { name }
        """);

    [Fact]
    public void IgnoresUnknownFragments() => ExpectValid(
        """
        fragment petFragment on Pet { ...UnknownFragment }
        """);

    [Fact]
    public void DifferentObjectIntoObject() => ExpectErrors(
        """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment() => ExpectErrors(
        """
        fragment invalidObjectWithinObjectAnon on Cat {
          ... on Dog { barkVolume }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void ObjectIntoNotImplementingInterfaceAndUnion() => ExpectErrors(
        """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        fragment invalidObjectWithinUnion on CatOrDog { ... on Human { name } }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)),
        Error("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (3, 49)));

    [Fact]
    public void InterfaceIntoNonImplementingObject() => ExpectErrors(
        """
        fragment invalidInterfaceWithinObject on Human { ...petFragment }
        fragment petFragment on Pet { name }
        """,
        Error("Fragment \"petFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"Pet\".", (1, 50)));

    // graphql-js looks fragments up by name with the last definition winning.
    [Fact]
    public void DuplicateFragmentNamesUseTheLastDefinition() => ExpectErrors(
        """
        { dog { ...A } }

        fragment A on Dog { name }
        fragment A on Cat { name }
        """,
        Error("Fragment \"A\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)));
}
