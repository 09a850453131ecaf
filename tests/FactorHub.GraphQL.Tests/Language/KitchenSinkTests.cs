using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>
/// Kitchen-sink documents using every construct of the September 2025 grammar. The expected printed text is
/// graphql-js 16.15 print() output for the same input (generated once with the conformance tools' graphql-js), so our
/// printer is pinned to the reference formatting.
/// </summary>
public class KitchenSinkTests
{
    internal const string KitchenSink = """"
        "Query description"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription(
          "Variable description"
          $input: StoryLikeSubscribeInput @onVariableDefinition
        ) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        """
        Fragment description
        spanning lines
        """
        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """}
          )
        }

        query teeny {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }

        query tiny($a: [Int!]! = [1, -2, 3.5e10, -0.0], $b: Input = {nested: {list: [ENUM_VALUE, "str\n\"quoted\"\u00e9\u{1F600}"]}}) {
          __typename
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }
        """";

    internal const string SchemaKitchenSink = """"
        """This is a description of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          """This is a description of the `three` field."""
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed =
          | Story
          | Article
          | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = | A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP

          """This is a description of the `MOBILE` value"""
          MOBILE

          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """This is a description of the `@skip` directive"""
        directive @skip(
          """This is a description of the `if` argument"""
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include(if: Boolean!)
          on FIELD
           | FRAGMENT_SPREAD
           | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on
          | OBJECT
          | INTERFACE

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";

    private const string KitchenSinkPrinted = """"
        "Query description"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription(
        "Variable description"
        $input: StoryLikeSubscribeInput @onVariableDefinition
        ) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        """
        Fragment description
        spanning lines
        """
        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """}
          )
        }

        query teeny {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }

        query tiny($a: [Int!]! = [1, -2, 3.5e10, -0.0], $b: Input = {nested: {list: [ENUM_VALUE, "str\n\"quoted\"é😀"]}}) {
          __typename
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }
        """";

    private const string SchemaKitchenSinkPrinted = """"
        """This is a description of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          """This is a description of the `three` field."""
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type UndefinedType

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface UndefinedInterface

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend interface Bar @onInterface

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed = Story | Article | Advert

        union AnnotatedUnion @onUnion = A | B

        union AnnotatedUnionTwo @onUnion = A | B

        union UndefinedUnion

        extend union Feed = Photo | Video

        extend union Feed @onUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        extend scalar CustomScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP
          """This is a description of the `MOBILE` value"""
          MOBILE
          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum UndefinedEnum

        extend enum Site {
          VR
        }

        extend enum Site @onEnum

        input InputType {
          key: String!
          answer: Int = 42
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input UndefinedInput

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend input InputType @onInputObject

        """This is a description of the `@skip` directive"""
        directive @skip(
          """This is a description of the `if` argument"""
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";

    [Fact]
    public void ExecutableKitchenSinkPrintsLikeGraphQLJs()
    {
        var document = Parser.Parse(KitchenSink);

        Assert.Equal(KitchenSinkPrinted, Printer.Print(document));
    }

    [Fact]
    public void ExecutableKitchenSinkRoundTripsToAnEqualAst()
    {
        var document = Parser.Parse(KitchenSink);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        AstAssert.Equal(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void SchemaKitchenSinkPrintsLikeGraphQLJs()
    {
        var document = Parser.Parse(SchemaKitchenSink);

        Assert.Equal(SchemaKitchenSinkPrinted, Printer.Print(document));
    }

    [Fact]
    public void SchemaKitchenSinkRoundTripsToAnEqualAst()
    {
        var document = Parser.Parse(SchemaKitchenSink);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        AstAssert.Equal(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void SchemaKitchenSinkHasEveryTypeSystemNodeKind()
    {
        var document = Parser.Parse(SchemaKitchenSink);
        var kinds = new HashSet<NodeKind>();
        Visitor.Visit(document, new DelegateVisitorCollecting(kinds));

        foreach (var kind in new[]
        {
            NodeKind.SchemaDefinition, NodeKind.OperationTypeDefinition, NodeKind.ScalarTypeDefinition,
            NodeKind.ObjectTypeDefinition, NodeKind.FieldDefinition, NodeKind.InputValueDefinition,
            NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition,
            NodeKind.EnumValueDefinition, NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition,
            NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
            NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension,
            NodeKind.InputObjectTypeExtension,
        })
        {
            Assert.Contains(kind, kinds);
        }
        var repeatable = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "myRepeatableDir");
        Assert.True(repeatable.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], repeatable.Locations.Select(l => l.Value));
        var baz = document.Definitions.OfType<InterfaceTypeDefinitionNode>().Single(d => d.Name.Value == "Baz");
        Assert.Equal(["Bar", "Two"], baz.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void ExecutableKitchenSinkKeepsSeptember2025Descriptions()
    {
        var document = Parser.Parse(KitchenSink);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var fragment = document.Definitions.OfType<FragmentDefinitionNode>().Single();

        Assert.Equal("Query description", operations[0].Description!.Value);
        Assert.False(operations[0].Description!.Block);
        Assert.Equal("Variable description", operations[2].VariableDefinitions[0].Description!.Value);
        Assert.Equal("onVariableDefinition", operations[2].VariableDefinitions[0].Directives[0].Name.Value);
        Assert.Equal("Fragment description\nspanning lines", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }

    private sealed class DelegateVisitorCollecting(HashSet<NodeKind> kinds) : AstVisitor
    {
        public override VisitorAction Enter(Node node, VisitorContext context)
        {
            kinds.Add(node.Kind);
            return VisitorAction.Continue;
        }
    }
}
